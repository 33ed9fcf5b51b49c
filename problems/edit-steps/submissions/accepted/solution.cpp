class Solution {
public:
    int minDistance(string a, string b) {
        int n = a.size(), m = b.size();
        vector<int> prev(m + 1), cur(m + 1);
        iota(prev.begin(), prev.end(), 0);
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                if (a[i - 1] == b[j - 1]) cur[j] = prev[j - 1];
                else cur[j] = 1 + min({prev[j - 1], prev[j], cur[j - 1]});
            }
            swap(prev, cur);
        }
        return prev[m];
    }
};
