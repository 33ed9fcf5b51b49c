class Solution:
    def addTwo(self, a: int, b: int) -> int:
        return a + b
