class Solution:
    def maxArea(self, heights: List[int]) -> int:
        i, j = 0, len(heights) - 1
        best = 0
        while i < j:
            a, b = heights[i], heights[j]
            if a < b:
                if a * (j - i) > best:
                    best = a * (j - i)
                i += 1
            else:
                if b * (j - i) > best:
                    best = b * (j - i)
                j -= 1
        return best
