class Solution:
    def totalNQueens(self, n: int) -> int:
        # Tries every placement of one queen per row (n^n of them, 387 million for n = 9)
        # and only then checks it: too slow here, as on LeetCode.
        cols = [0] * n

        def ok():
            for r in range(n):
                for s in range(r):
                    if cols[r] == cols[s] or abs(cols[r] - cols[s]) == r - s:
                        return False
            return True

        def place(row):
            if row == n:
                return 1 if ok() else 0
            total = 0
            for c in range(n):
                cols[row] = c
                total += place(row + 1)
            return total

        return place(0)
