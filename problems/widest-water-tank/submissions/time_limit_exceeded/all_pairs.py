class Solution:
    def maxArea(self, heights: List[int]) -> int:
        n = len(heights)
        best = 0
        for i in range(n):
            for j in range(i + 1, n):
                best = max(best, min(heights[i], heights[j]) * (j - i))
        return best
