def zero_of(nums):
    return len(nums) - len(nums)


def pick(nums, target):
    d = zero_of(nums)
    q = target // d  # LC-LINE
    return [q, 0]


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        return pick(nums, target)
