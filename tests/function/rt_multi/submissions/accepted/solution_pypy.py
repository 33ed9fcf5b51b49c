# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def repeatWord(self, word: str, times: int, suffix: bool, tail: str) -> str:
        return word * times + (tail if suffix else "")
