class Solution:
    def escapeSteps(self, grid: List[List[int]]) -> int:
        # relaxes every cell from its neighbours, sweep after sweep, until nothing changes
        # (one sweep per bend of a winding path)
        m, n = len(grid), len(grid[0])
        if grid[0][0] or grid[m - 1][n - 1]:
            return -1
        INF = float('inf')
        dist = [[INF] * n for _ in range(m)]
        dist[0][0] = 0
        changed = True
        while changed:
            changed = False
            for r in range(m):
                for c in range(n):
                    if grid[r][c]:
                        continue
                    best = dist[r][c]
                    for x in range(max(r - 1, 0), min(r + 2, m)):
                        for y in range(max(c - 1, 0), min(c + 2, n)):
                            if dist[x][y] + 1 < best:
                                best = dist[x][y] + 1
                    if best < dist[r][c]:
                        dist[r][c] = best
                        changed = True
        return -1 if dist[m - 1][n - 1] == INF else dist[m - 1][n - 1]
