int numIslands(char** grid, int gridSize, int* gridColSize) {
    int m = gridSize, n = gridColSize[0];
    int* stack = malloc((size_t)m * n * sizeof(int));
    int count = 0;
    static const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
            if (grid[i][j] != '1') continue;
            count++;
            int top = 0;
            grid[i][j] = '0';
            stack[top++] = i * n + j;
            while (top > 0) {
                int cell = stack[--top];
                int r = cell / n, c = cell % n;
                for (int d = 0; d < 4; d++) {
                    int x = r + dr[d], y = c + dc[d];
                    if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == '1') {
                        grid[x][y] = '0';
                        stack[top++] = x * n + y;
                    }
                }
            }
        }
    }
    free(stack);
    return count;
}
