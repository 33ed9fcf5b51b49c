# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoString(self, value: str) -> str:
        return value
