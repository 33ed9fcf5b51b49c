class Solution {
public:
    int escapeSteps(vector<vector<int>>& grid) {
        // counts the cells on the path (moves + 1), and forgets to check the start cell
        int m = grid.size(), n = grid[0].size();
        if (grid[m - 1][n - 1]) return -1;
        vector<vector<int>> dist(m, vector<int>(n, 0));
        queue<pair<int, int>> q;
        dist[0][0] = 1;
        q.push({0, 0});
        while (!q.empty()) {
            auto [r, c] = q.front();
            q.pop();
            for (int a = -1; a <= 1; a++)
                for (int b = -1; b <= 1; b++) {
                    int x = r + a, y = c + b;
                    if (x < 0 || x >= m || y < 0 || y >= n || grid[x][y] || dist[x][y]) continue;
                    dist[x][y] = dist[r][c] + 1;
                    q.push({x, y});
                }
        }
        return dist[m - 1][n - 1] ? dist[m - 1][n - 1] : -1;
    }
};
