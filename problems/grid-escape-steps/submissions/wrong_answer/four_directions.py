class Solution:
    def shortestPathBinaryMatrix(self, grid: List[List[int]]) -> int:
        # Wrong: moves only up, down, left and right
        n = len(grid)
        if grid[0][0] or grid[n - 1][n - 1]:
            return -1
        dist = {(0, 0): 1}
        q = deque([(0, 0)])
        while q:
            r, c = q.popleft()
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < n and 0 <= y < n and grid[x][y] == 0 and (x, y) not in dist:
                    dist[(x, y)] = dist[(r, c)] + 1
                    q.append((x, y))
        return dist.get((n - 1, n - 1), -1)
