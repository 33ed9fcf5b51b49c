class Solution:
    def totalNQueens(self, n: int) -> int:
        # Brute force: every permutation of the columns (n! of them, 362,880 for n = 9), then a
        # check of the diagonals; no pruning while building. Fast enough for LeetCode's n <= 9.
        count = 0
        for perm in permutations(range(n)):
            if len({r + c for r, c in enumerate(perm)}) == n and len({r - c for r, c in enumerate(perm)}) == n:
                count += 1
        return count
