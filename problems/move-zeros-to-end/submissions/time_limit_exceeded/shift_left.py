# Removes each zero by shifting the rest of the array left by one: O(n * zeros).
class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        n = len(nums)
        end = n
        i = 0
        while i < end:
            if nums[i] == 0:
                for j in range(i, n - 1):
                    nums[j] = nums[j + 1]
                nums[n - 1] = 0
                end -= 1
            else:
                i += 1
