# Correct for non-empty arrays, but starts the best length at 1.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 1
        for x in values:
            if x - 1 not in values:
                y = x + 1
                while y in values:
                    y += 1
                best = max(best, y - x)
        return best
