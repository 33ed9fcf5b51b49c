class Solution {
    public int escapeSteps(int[][] grid) {
        int m = grid.length, n = grid[0].length;
        if (grid[0][0] != 0 || grid[m - 1][n - 1] != 0) return -1;
        int[] dist = new int[m * n];
        Arrays.fill(dist, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        dist[0] = 0;
        queue.add(0);
        while (!queue.isEmpty()) {
            int cell = queue.poll(), r = cell / n, c = cell % n;
            for (int a = -1; a <= 1; a++) {
                for (int b = -1; b <= 1; b++) {
                    int x = r + a, y = c + b;
                    if (x < 0 || x >= m || y < 0 || y >= n || grid[x][y] != 0 || dist[x * n + y] >= 0) continue;
                    dist[x * n + y] = dist[cell] + 1;
                    queue.add(x * n + y);
                }
            }
        }
        return dist[m * n - 1];
    }
}
