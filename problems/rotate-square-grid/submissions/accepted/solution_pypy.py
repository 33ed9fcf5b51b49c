# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def rotate(self, grid: List[List[int]]) -> None:
        """
        Do not return anything, modify grid in-place instead.
        """
        n = len(grid)
        for i in range(n):
            for j in range(i + 1, n):
                grid[i][j], grid[j][i] = grid[j][i], grid[i][j]
        for row in grid:
            row.reverse()
