class Solution {
public:
    int shortestPathBinaryMatrix(vector<vector<int>>& grid) {
        int n = grid.size();
        if (grid[0][0] || grid[n - 1][n - 1]) return -1;
        vector<vector<int>> dist(n, vector<int>(n, 0));
        queue<pair<int, int>> q;
        dist[0][0] = 1;
        q.push({0, 0});
        while (!q.empty()) {
            auto [r, c] = q.front();
            q.pop();
            if (r == n - 1 && c == n - 1) return dist[r][c];
            for (int dr = -1; dr <= 1; dr++)
                for (int dc = -1; dc <= 1; dc++) {
                    int x = r + dr, y = c + dc;
                    if (x >= 0 && y >= 0 && x < n && y < n && !grid[x][y] && !dist[x][y]) {
                        dist[x][y] = dist[r][c] + 1;
                        q.push({x, y});
                    }
                }
        }
        return -1;
    }
};
