class Solution:
    def echoBool(self, value: bool) -> bool:
        return value
