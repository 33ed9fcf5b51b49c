# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoInt(self, value: int) -> int:
        return value
