def first(nums):
    return nums[0]


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        a = first(nums)
        return [a, target  # LC-LINE
