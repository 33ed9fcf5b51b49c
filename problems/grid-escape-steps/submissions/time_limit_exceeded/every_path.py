class Solution:
    def shortestPathBinaryMatrix(self, grid: List[List[int]]) -> int:
        # Backtracking over every simple path, keeping the shortest: exponential on an open
        # grid (too slow here, as on LeetCode).
        n = len(grid)
        if grid[0][0] or grid[n - 1][n - 1]:
            return -1
        best = [float('inf')]
        seen = [[False] * n for _ in range(n)]

        def walk(r: int, c: int, length: int) -> None:
            if length >= best[0]:
                return
            if r == n - 1 and c == n - 1:
                best[0] = length
                return
            seen[r][c] = True
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    x, y = r + dr, c + dc
                    if 0 <= x < n and 0 <= y < n and not grid[x][y] and not seen[x][y]:
                        walk(x, y, length + 1)
            seen[r][c] = False

        walk(0, 0, 1)
        return best[0] if best[0] < float('inf') else -1
