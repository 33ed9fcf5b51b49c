class Solution:
    def echoString(self, value: str) -> str:
        return value
