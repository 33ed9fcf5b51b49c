# lang: pypy3 (the Python reference, judged by PyPy: exponential even with a JIT)
# Recursion without memoization: about ways(n) calls, exponential in n (LeetCode rejects it too).
class Solution:
    def climbStairs(self, n: int) -> int:
        if n <= 1:
            return 1
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
