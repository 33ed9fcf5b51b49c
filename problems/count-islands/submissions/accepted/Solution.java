class Solution {
    public int numIslands(char[][] grid) {
        int m = grid.length, n = grid[0].length;
        int[] queue = new int[m * n];
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        int count = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1') continue;
                count++;
                int head = 0, tail = 0;
                grid[i][j] = '0';
                queue[tail++] = i * n + j;
                while (head < tail) {
                    int cell = queue[head++], r = cell / n, c = cell % n;
                    for (int d = 0; d < 4; d++) {
                        int x = r + dr[d], y = c + dc[d];
                        if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == '1') {
                            grid[x][y] = '0';
                            queue[tail++] = x * n + y;
                        }
                    }
                }
            }
        }
        return count;
    }
}
