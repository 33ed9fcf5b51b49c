# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoStringMatrix(self, value: List[List[str]]) -> List[List[str]]:
        return value
