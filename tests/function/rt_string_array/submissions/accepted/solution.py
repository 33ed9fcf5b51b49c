class Solution:
    def echoStringArray(self, value: List[str]) -> List[str]:
        return value
