# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoChar(self, value: str) -> str:
        return value
