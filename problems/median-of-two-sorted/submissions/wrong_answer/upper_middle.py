class Solution:
    def findMedianSortedArrays(self, a: List[int], b: List[int]) -> float:
        # Wrong: for an even total it returns the upper of the two middle values
        # instead of their average.
        c = sorted(a + b)
        return float(c[len(c) // 2])
