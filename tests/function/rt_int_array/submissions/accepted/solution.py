class Solution:
    def echoIntArray(self, value: List[int]) -> List[int]:
        return value
