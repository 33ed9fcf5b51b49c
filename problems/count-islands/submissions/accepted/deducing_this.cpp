class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int m = grid.size(), n = grid[0].size(), count = 0;
        // C++23 deducing this: a recursive lambda, as LeetCode's clang compiles it
        auto sink = [&](this auto&& self, int i, int j) -> void {
            if (i < 0 || j < 0 || i >= m || j >= n || grid[i][j] != '1') return;
            grid[i][j] = '0';
            self(i + 1, j);
            self(i - 1, j);
            self(i, j + 1);
            self(i, j - 1);
        };
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                if (grid[i][j] == '1') {
                    count++;
                    sink(i, j);
                }
        return count;
    }
};
