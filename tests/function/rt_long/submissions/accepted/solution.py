class Solution:
    def echoLong(self, value: int) -> int:
        return value
