# Recursion without memoization: about ways(n) calls, exponential in n.
class Solution:
    def stairWays(self, n: int) -> int:
        if n <= 1:
            return 1
        return (self.stairWays(n - 1) + self.stairWays(n - 2)) % (10**9 + 7)
