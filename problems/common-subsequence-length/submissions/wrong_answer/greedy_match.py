class Solution:
    def longestCommonSubsequence(self, a: str, b: str) -> int:
        # Wrong: greedily matches each character of a with the first usable one in b.
        j = 0
        count = 0
        for c in a:
            k = b.find(c, j)
            if k >= 0:
                count += 1
                j = k + 1
        return count
