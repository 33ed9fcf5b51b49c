class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # A recursive flood fill, as commonly written on LeetCode: one call per land cell.
        m, n = len(grid), len(grid[0])

        def sink(i, j):
            if i < 0 or j < 0 or i >= m or j >= n or grid[i][j] != '1':
                return
            grid[i][j] = '0'
            sink(i + 1, j)
            sink(i - 1, j)
            sink(i, j + 1)
            sink(i, j - 1)

        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == '1':
                    count += 1
                    sink(i, j)
        return count
