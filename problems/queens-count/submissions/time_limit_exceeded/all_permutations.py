class Solution:
    def totalNQueens(self, n: int) -> int:
        # Brute force: every permutation of the columns (n! of them, 479,001,600 for n = 12),
        # then a check of the diagonals; no pruning while building.
        count = 0
        for perm in permutations(range(n)):
            if len({r + c for r, c in enumerate(perm)}) == n and len({r - c for r, c in enumerate(perm)}) == n:
                count += 1
        return count
