# Builds the right list but only rebinds the local name: the caller's list never changes.
class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        zeros = nums.count(0)
        nums = [x for x in nums if x != 0] + [0] * zeros
