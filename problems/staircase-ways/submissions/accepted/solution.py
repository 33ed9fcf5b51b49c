class Solution:
    def climbStairs(self, n: int) -> int:
        @cache
        def ways(k: int) -> int:
            return 1 if k <= 1 else ways(k - 1) + ways(k - 2)
        return ways(n)
