/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* dailyTemperatures(int* temps, int tempsSize, int* returnSize) {
    int* ans = (int*)calloc(tempsSize, sizeof(int));
    int* stack = (int*)malloc(sizeof(int) * tempsSize);
    int top = 0;
    for (int i = 0; i < tempsSize; i++) {
        while (top > 0 && temps[stack[top - 1]] < temps[i]) {
            int j = stack[--top];
            ans[j] = i - j;
        }
        stack[top++] = i;
    }
    free(stack);
    *returnSize = tempsSize;
    return ans;
}
