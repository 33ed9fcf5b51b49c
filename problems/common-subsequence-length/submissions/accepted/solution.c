int longestCommonSubsequence(char* a, char* b) {
    int n = strlen(a), m = strlen(b);
    int* prev = calloc(m + 1, sizeof(int));
    int* cur = calloc(m + 1, sizeof(int));
    for (int i = 1; i <= n; i++) {
        char ca = a[i - 1];
        for (int j = 1; j <= m; j++) {
            if (ca == b[j - 1]) {
                cur[j] = prev[j - 1] + 1;
            } else {
                cur[j] = cur[j - 1] > prev[j] ? cur[j - 1] : prev[j];
            }
        }
        int* t = prev;
        prev = cur;
        cur = t;
    }
    int ans = prev[m];
    free(prev);
    free(cur);
    return ans;
}
