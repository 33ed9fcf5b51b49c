# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoDouble(self, value: float) -> float:
        return value
