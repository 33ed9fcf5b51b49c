class Solution:
    def minEatingSpeed(self, piles: List[int], hours: int) -> int:
        lo, hi = 1, max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum((p + mid - 1) // mid for p in piles) <= hours:
                hi = mid
            else:
                lo = mid + 1
        return lo
