class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # From the right, keep the next day of each temperature in an array indexed by value
        # (LeetCode's range 30..100): O(71 n).
        nxt = [float('inf')] * 102
        res = [0] * len(temperatures)
        for i in range(len(temperatures) - 1, -1, -1):
            t = temperatures[i]
            warmer = min(nxt[t + 1:101], default=float('inf'))
            if warmer < float('inf'):
                res[i] = warmer - i
            nxt[t] = i
        return res
