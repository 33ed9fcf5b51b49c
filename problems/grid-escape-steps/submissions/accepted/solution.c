int escapeSteps(int** grid, int gridSize, int* gridColSize) {
    int m = gridSize, n = gridColSize[0];
    if (grid[0][0] != 0 || grid[m - 1][n - 1] != 0) return -1;
    int* dist = malloc((size_t)m * n * sizeof(int));
    int* queue = malloc((size_t)m * n * sizeof(int));
    for (int i = 0; i < m * n; i++) dist[i] = -1;
    int head = 0, tail = 0;
    dist[0] = 0;
    queue[tail++] = 0;
    while (head < tail) {
        int cell = queue[head++], r = cell / n, c = cell % n;
        for (int a = -1; a <= 1; a++)
            for (int b = -1; b <= 1; b++) {
                int x = r + a, y = c + b;
                if ((a || b) && x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == 0 && dist[x * n + y] < 0) {
                    dist[x * n + y] = dist[cell] + 1;
                    queue[tail++] = x * n + y;
                }
            }
    }
    int ans = dist[m * n - 1];
    free(dist);
    free(queue);
    return ans;
}
