# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def isValid(self, s: str) -> bool:
        match = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in "([{":
                stack.append(c)
            elif not stack or stack.pop() != match[c]:
                return False
        return not stack
