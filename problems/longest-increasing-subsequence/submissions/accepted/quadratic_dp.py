class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # O(n^2): for each position, the best length over every earlier smaller value (LeetCode accepts it).
        n = len(nums)
        dp = [1] * n
        for i in range(n):
            x = nums[i]
            for j in range(i):
                if nums[j] < x and dp[j] + 1 > dp[i]:
                    dp[i] = dp[j] + 1
        return max(dp)
