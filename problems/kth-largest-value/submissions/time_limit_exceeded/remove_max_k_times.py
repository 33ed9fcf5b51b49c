# Removes the maximum k times: O(n * k), about n^2 / 4 steps when k is near n / 2.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        nums = list(nums)
        for _ in range(k - 1):
            best = 0
            for i in range(1, len(nums)):
                if nums[i] > nums[best]:
                    best = i
            nums[best] = nums[-1]
            nums.pop()
        return max(nums)
