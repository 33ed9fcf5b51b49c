char* repeatWord(char* word, int times, bool suffix, char tail) {
    int n = strlen(word);
    char* ans = malloc((size_t)n * times + 2);
    int len = 0;
    for (int i = 0; i < times; i++) {
        memcpy(ans + len, word, n);
        len += n;
    }
    if (suffix) ans[len++] = tail;
    ans[len] = '\0';
    return ans;
}
