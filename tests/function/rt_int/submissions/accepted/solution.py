class Solution:
    def echoInt(self, value: int) -> int:
        return value
