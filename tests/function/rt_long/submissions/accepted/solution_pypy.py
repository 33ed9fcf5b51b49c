# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoLong(self, value: int) -> int:
        return value
