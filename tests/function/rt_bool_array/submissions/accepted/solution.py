class Solution:
    def echoBoolArray(self, value: List[bool]) -> List[bool]:
        return value
