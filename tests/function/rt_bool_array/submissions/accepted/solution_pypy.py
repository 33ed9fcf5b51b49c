# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoBoolArray(self, value: List[bool]) -> List[bool]:
        return value
