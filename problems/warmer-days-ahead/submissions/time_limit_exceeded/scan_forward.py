# Too slow: scans forward from every day, O(n^2) when temperatures never rise.
class Solution:
    def dailyTemperatures(self, temps: List[int]) -> List[int]:
        n = len(temps)
        ans = [0] * n
        for i in range(n):
            for j in range(i + 1, n):
                if temps[j] > temps[i]:
                    ans[i] = j - i
                    break
        return ans
