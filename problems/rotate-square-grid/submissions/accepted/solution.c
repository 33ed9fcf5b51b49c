void rotate(int** grid, int gridSize, int* gridColSize) {
    int n = gridSize;
    /* transpose, then reverse every row */
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            int t = grid[i][j];
            grid[i][j] = grid[j][i];
            grid[j][i] = t;
        }
    for (int i = 0; i < n; i++)
        for (int a = 0, b = n - 1; a < b; a++, b--) {
            int t = grid[i][a];
            grid[i][a] = grid[i][b];
            grid[i][b] = t;
        }
}
