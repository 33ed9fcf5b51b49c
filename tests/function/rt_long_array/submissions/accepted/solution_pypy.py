# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoLongArray(self, value: List[int]) -> List[int]:
        return value
