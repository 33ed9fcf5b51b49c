# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def echoBool(self, value: bool) -> bool:
        return value
