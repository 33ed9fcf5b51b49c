class Solution {
public:
    int climbStairs(int n) {
        vector<int> dp(n + 1, 1); // dp[i]: ways to reach step i
        for (int i = 2; i <= n; i++) dp[i] = dp[i - 1] + dp[i - 2];
        return dp[n];
    }
};
