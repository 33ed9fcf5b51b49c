class Solution:
    def echoLongArray(self, value: List[int]) -> List[int]:
        return value
