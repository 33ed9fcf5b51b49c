# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def minDistance(self, a: str, b: str) -> int:
        m = len(b)
        prev = list(range(m + 1))
        for i, ca in enumerate(a, 1):
            cur = [i] * (m + 1)
            for j in range(1, m + 1):
                if ca == b[j - 1]:
                    cur[j] = prev[j - 1]
                else:
                    cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
            prev = cur
        return prev[m]
