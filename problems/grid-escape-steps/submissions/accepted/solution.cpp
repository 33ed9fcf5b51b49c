class Solution {
public:
    int escapeSteps(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size();
        if (grid[0][0] || grid[m - 1][n - 1]) return -1;
        vector<vector<int>> dist(m, vector<int>(n, -1));
        queue<pair<int, int>> q;
        dist[0][0] = 0;
        q.push({0, 0});
        while (!q.empty()) {
            auto [r, c] = q.front();
            q.pop();
            if (r == m - 1 && c == n - 1) return dist[r][c];
            for (int a = -1; a <= 1; a++)
                for (int b = -1; b <= 1; b++) {
                    int x = r + a, y = c + b;
                    if (x < 0 || x >= m || y < 0 || y >= n || grid[x][y] || dist[x][y] >= 0) continue;
                    dist[x][y] = dist[r][c] + 1;
                    q.push({x, y});
                }
        }
        return -1;
    }
};
