# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoStringArray(self, value: List[str]) -> List[str]:
        return value
