# Looks values up in the list itself: each lookup is a linear scan, O(n^2) in all.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        best = 0
        for x in nums:
            if x - 1 in nums:
                continue
            y = x + 1
            while y in nums:
                y += 1
            best = max(best, y - x)
        return best
