# Wrong: stores the index of the warmer day instead of the number of days to wait.
class Solution:
    def dailyTemperatures(self, temps: List[int]) -> List[int]:
        ans = [0] * len(temps)
        stack = []
        for i, t in enumerate(temps):
            while stack and temps[stack[-1]] < t:
                ans[stack.pop()] = i
            stack.append(i)
        return ans
