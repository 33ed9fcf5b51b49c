class Solution:
    def echoDouble(self, value: float) -> float:
        return value
