class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # every land cell starts with its own label; sweep the grid, taking the smallest label of
        # the neighbours, until nothing changes (one sweep per turn of a winding island)
        m, n = len(grid), len(grid[0])
        label = [[i * n + j if grid[i][j] == '1' else -1 for j in range(n)] for i in range(m)]
        changed = True
        while changed:
            changed = False
            for i in range(m):
                for j in range(n):
                    if label[i][j] < 0:
                        continue
                    best = label[i][j]
                    for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= x < m and 0 <= y < n and 0 <= label[x][y] < best:
                            best = label[x][y]
                    if best < label[i][j]:
                        label[i][j] = best
                        changed = True
        return len({v for row in label for v in row if v >= 0})
