// O(n^2): for each position, the best length over every earlier smaller value (LeetCode
// accepts it for its n <= 2500).
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        int n = nums.size(), best = 0;
        vector<int> dp(n, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++)
                if (nums[j] < nums[i]) dp[i] = max(dp[i], dp[j] + 1);
            best = max(best, dp[i]);
        }
        return best;
    }
};
