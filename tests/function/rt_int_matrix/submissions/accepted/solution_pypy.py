# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoIntMatrix(self, value: List[List[int]]) -> List[List[int]]:
        return value
