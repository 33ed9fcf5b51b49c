class Solution:
    def echoChar(self, value: str) -> str:
        return value
