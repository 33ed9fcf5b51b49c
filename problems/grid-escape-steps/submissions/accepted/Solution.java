class Solution {
    public int shortestPathBinaryMatrix(int[][] grid) {
        int n = grid.length;
        if (grid[0][0] != 0 || grid[n - 1][n - 1] != 0) return -1;
        int[] dist = new int[n * n];
        ArrayDeque<Integer> q = new ArrayDeque<>();
        dist[0] = 1;
        q.add(0);
        while (!q.isEmpty()) {
            int p = q.poll(), r = p / n, c = p % n;
            if (p == n * n - 1) return dist[p];
            for (int dr = -1; dr <= 1; dr++)
                for (int dc = -1; dc <= 1; dc++) {
                    int x = r + dr, y = c + dc;
                    if (x >= 0 && y >= 0 && x < n && y < n && grid[x][y] == 0 && dist[x * n + y] == 0) {
                        dist[x * n + y] = dist[p] + 1;
                        q.add(x * n + y);
                    }
                }
        }
        return -1;
    }
}
