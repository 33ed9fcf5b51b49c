# Starts from ways(1) = 1, ways(2) = 1 (the Fibonacci numbers themselves): one step behind.
class Solution:
    def stairWays(self, n: int) -> int:
        MOD = 10**9 + 7
        a, b = 0, 1
        for _ in range(n - 1):
            a, b = b, (a + b) % MOD
        return b
