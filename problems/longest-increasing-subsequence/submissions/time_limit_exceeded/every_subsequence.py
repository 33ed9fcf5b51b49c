class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Tries every subsequence (take or skip each value) without memoization: exponential,
        # too slow here as on LeetCode.
        n = len(nums)

        def best(i: int, last: int) -> int:
            if i == n:
                return 0
            skip = best(i + 1, last)
            if nums[i] > last:
                return max(skip, 1 + best(i + 1, nums[i]))
            return skip

        return best(0, -10**9)
