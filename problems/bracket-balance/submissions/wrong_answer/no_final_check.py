# Wrong: forgets that brackets still open at the end make the string unbalanced.
class Solution:
    def isValid(self, s: str) -> bool:
        match = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in "([{":
                stack.append(c)
            elif not stack or stack.pop() != match[c]:
                return False
        return True
