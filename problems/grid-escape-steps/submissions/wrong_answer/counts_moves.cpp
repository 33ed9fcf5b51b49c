// Wrong: counts the moves of the path, not its cells (one less).
class Solution {
public:
    int shortestPathBinaryMatrix(vector<vector<int>>& grid) {
        int n = grid.size();
        if (grid[0][0] || grid[n - 1][n - 1]) return -1;
        vector<vector<int>> dist(n, vector<int>(n, -1));
        queue<pair<int, int>> q;
        dist[0][0] = 0;
        q.push({0, 0});
        while (!q.empty()) {
            auto [r, c] = q.front();
            q.pop();
            for (int dr = -1; dr <= 1; dr++)
                for (int dc = -1; dc <= 1; dc++) {
                    int x = r + dr, y = c + dc;
                    if (x >= 0 && y >= 0 && x < n && y < n && !grid[x][y] && dist[x][y] < 0) {
                        dist[x][y] = dist[r][c] + 1;
                        q.push({x, y});
                    }
                }
        }
        return dist[n - 1][n - 1];
    }
};
