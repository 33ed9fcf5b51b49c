int evalRPN(char** tokens, int tokensSize) {
    int* stack = (int*)malloc(sizeof(int) * tokensSize);
    int top = 0;
    for (int i = 0; i < tokensSize; i++) {
        char* t = tokens[i];
        if (t[1] == '\0' && (t[0] == '+' || t[0] == '-' || t[0] == '*' || t[0] == '/')) {
            int b = stack[--top];
            int a = stack[--top];
            int v;
            switch (t[0]) {
                case '+': v = a + b; break;
                case '-': v = a - b; break;
                case '*': v = a * b; break;
                default:  v = a / b; break;   /* C division truncates toward zero */
            }
            stack[top++] = v;
        } else {
            stack[top++] = atoi(t);
        }
    }
    int ans = stack[0];
    free(stack);
    return ans;
}
