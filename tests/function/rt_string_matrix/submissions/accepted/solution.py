class Solution:
    def echoStringMatrix(self, value: List[List[str]]) -> List[List[str]]:
        return value
