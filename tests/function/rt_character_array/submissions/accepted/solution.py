class Solution:
    def echoCharArray(self, value: List[str]) -> List[str]:
        return value
