# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoIntArray(self, value: List[int]) -> List[int]:
        return value
