class Solution {
public:
    int stairWays(int n) {
        const int MOD = 1'000'000'007;
        vector<int> ways(n + 1);
        ways[0] = 1;
        ways[1] = 1;
        for (int i = 2; i <= n; i++) ways[i] = (ways[i - 1] + ways[i - 2]) % MOD;
        return ways[n];
    }
};
