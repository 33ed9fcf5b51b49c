class Solution:
    def stairWays(self, n: int) -> int:
        MOD = 10**9 + 7
        prev, cur = 1, 1
        for _ in range(n - 1):
            prev, cur = cur, (prev + cur) % MOD
        return cur
