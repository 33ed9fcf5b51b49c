class Solution:
    def maxArea(self, heights: List[int]) -> int:
        # Moves the taller wall inwards instead of the shorter one.
        i, j = 0, len(heights) - 1
        best = 0
        while i < j:
            best = max(best, min(heights[i], heights[j]) * (j - i))
            if heights[i] > heights[j]:
                i += 1
            else:
                j -= 1
        return best
