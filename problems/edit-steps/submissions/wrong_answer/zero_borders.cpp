// Wrong: the first row and column start at 0, as if leading characters were free to drop.
class Solution {
public:
    int minDistance(string a, string b) {
        int n = a.size(), m = b.size();
        vector<vector<int>> d(n + 1, vector<int>(m + 1, 0));
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
                d[i][j] = a[i - 1] == b[j - 1] ? d[i - 1][j - 1]
                                               : 1 + min({d[i - 1][j - 1], d[i - 1][j], d[i][j - 1]});
        return d[n][m];
    }
};
