# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoDoubleArray(self, value: List[float]) -> List[float]:
        return value
