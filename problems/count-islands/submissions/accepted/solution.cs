public class Solution {
    public int NumIslands(char[][] grid) {
        int rows = grid.Length, cols = grid[0].Length, count = 0;
        var queue = new Queue<(int, int)>();
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != '1') continue;
                count++;
                grid[r][c] = '0';
                queue.Enqueue((r, c));
                while (queue.Count > 0) {
                    var (y, x) = queue.Dequeue();
                    for (int d = 0; d < 4; d++) {
                        int ny = y + dr[d], nx = x + dc[d];
                        if (ny < 0 || nx < 0 || ny >= rows || nx >= cols || grid[ny][nx] != '1') continue;
                        grid[ny][nx] = '0';
                        queue.Enqueue((ny, nx));
                    }
                }
            }
        }
        return count;
    }
}
