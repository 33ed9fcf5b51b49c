class Solution:
    def longestCommonSubsequence(self, a: str, b: str) -> int:
        # Bit-parallel dynamic programme: bit j of `row` is set where the DP row for the
        # current prefix of `a` steps up by one at column j of `b`. One big-integer
        # update per character of `a` replaces a whole row of the O(n*m) table.
        masks = {}
        for j, c in enumerate(b):
            masks[c] = masks.get(c, 0) | (1 << j)
        full = (1 << len(b)) - 1
        row = 0
        for c in a:
            x = masks.get(c, 0) | row
            row = x & ((x - ((row << 1) | 1)) ^ x) & full
        return bin(row).count("1")
