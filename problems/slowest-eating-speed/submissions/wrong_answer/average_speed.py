# Divides the total by the hours: ignores that a pile's last partial hour is wasted.
class Solution:
    def minEatingSpeed(self, piles: List[int], hours: int) -> int:
        return max(1, (sum(piles) + hours - 1) // hours)
