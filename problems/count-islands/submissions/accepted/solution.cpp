class Solution {
    vector<int> parent;
    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
public:
    int numIslands(vector<vector<char>>& grid) {
        // union-find over the land cells
        int m = grid.size(), n = grid[0].size();
        parent.resize(m * n);
        iota(parent.begin(), parent.end(), 0);
        int count = 0;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1') continue;
                count++;
                if (i > 0 && grid[i - 1][j] == '1') {
                    int a = find(i * n + j), b = find((i - 1) * n + j);
                    if (a != b) { parent[a] = b; count--; }
                }
                if (j > 0 && grid[i][j - 1] == '1') {
                    int a = find(i * n + j), b = find(i * n + j - 1);
                    if (a != b) { parent[a] = b; count--; }
                }
            }
        return count;
    }
};
