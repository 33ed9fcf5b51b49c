class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # LeetCode's preloaded sortedcontainers.SortedList
        window = SortedList(nums[:k - 1])
        res = []
        for i in range(k - 1, len(nums)):
            window.add(nums[i])
            res.append(window[-1])
            window.remove(nums[i - k + 1])
        return res
