class Solution:
    def arraySum(self, nums: List[int]) -> int:
        return sum(nums)
