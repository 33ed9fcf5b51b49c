int shortestPathBinaryMatrix(int** grid, int gridSize, int* gridColSize) {
    int n = gridSize;
    if (grid[0][0] || grid[n - 1][n - 1]) return -1;
    int *dist = calloc(n * n, sizeof(int)), *q = malloc(n * n * sizeof(int));
    int head = 0, tail = 0, ans = -1;
    dist[0] = 1;
    q[tail++] = 0;
    while (head < tail) {
        int p = q[head++], r = p / n, c = p % n;
        if (p == n * n - 1) {
            ans = dist[p];
            break;
        }
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                int x = r + dr, y = c + dc;
                if (x >= 0 && y >= 0 && x < n && y < n && !grid[x][y] && !dist[x * n + y]) {
                    dist[x * n + y] = dist[p] + 1;
                    q[tail++] = x * n + y;
                }
            }
    }
    free(dist);
    free(q);
    (void)gridColSize;
    return ans;
}
