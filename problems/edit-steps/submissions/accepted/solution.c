static int min3(int x, int y, int z) {
    int m = x < y ? x : y;
    return m < z ? m : z;
}

int minDistance(char* a, char* b) {
    int n = strlen(a), m = strlen(b);
    int* prev = malloc((m + 1) * sizeof(int));
    int* cur = malloc((m + 1) * sizeof(int));
    for (int j = 0; j <= m; j++) prev[j] = j;
    for (int i = 1; i <= n; i++) {
        cur[0] = i;
        for (int j = 1; j <= m; j++) {
            if (a[i - 1] == b[j - 1]) cur[j] = prev[j - 1];
            else cur[j] = 1 + min3(prev[j - 1], prev[j], cur[j - 1]);
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
