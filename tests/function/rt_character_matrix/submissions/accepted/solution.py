class Solution:
    def echoCharMatrix(self, value: List[List[str]]) -> List[List[str]]:
        return value
