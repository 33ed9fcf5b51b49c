# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoCharArray(self, value: List[str]) -> List[str]:
        return value
