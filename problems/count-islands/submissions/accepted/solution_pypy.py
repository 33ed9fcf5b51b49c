# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        count = 0
        for i in range(m):
            row = grid[i]
            for j in range(n):
                if row[j] != '1':
                    continue
                count += 1
                row[j] = '0'
                q = deque([(i, j)])
                while q:
                    r, c = q.popleft()
                    if r > 0 and grid[r - 1][c] == '1':
                        grid[r - 1][c] = '0'
                        q.append((r - 1, c))
                    if r + 1 < m and grid[r + 1][c] == '1':
                        grid[r + 1][c] = '0'
                        q.append((r + 1, c))
                    if c > 0 and grid[r][c - 1] == '1':
                        grid[r][c - 1] = '0'
                        q.append((r, c - 1))
                    if c + 1 < n and grid[r][c + 1] == '1':
                        grid[r][c + 1] = '0'
                        q.append((r, c + 1))
        return count
