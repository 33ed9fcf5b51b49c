class Solution {
public:
    void rotate(vector<vector<int>>& grid) {
        int n = grid.size();
        for (int layer = 0; layer < n / 2; layer++) {
            int last = n - 1 - layer;
            for (int i = layer; i < last; i++) {
                int off = i - layer;
                int top = grid[layer][i];
                grid[layer][i] = grid[last - off][layer];
                grid[last - off][layer] = grid[last][last - off];
                grid[last][last - off] = grid[i][last];
                grid[i][last] = top;
            }
        }
    }
};
