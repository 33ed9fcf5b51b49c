class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Forgets the digits: keeps letters only.
        t = [c.lower() for c in s if c.isalpha()]
        return t == t[::-1]
