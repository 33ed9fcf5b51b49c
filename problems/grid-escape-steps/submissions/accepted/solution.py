class Solution:
    def escapeSteps(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        if grid[0][0] or grid[m - 1][n - 1]:
            return -1
        # one flat array with a border of walls: no bounds checks in the search
        w = n + 2
        cells = [1] * w
        for row in grid:
            cells.append(1)
            cells.extend(row)
            cells.append(1)
        cells.extend([1] * w)
        start, goal = w + 1, m * w + n
        if start == goal:
            return 0
        offsets = (-w - 1, -w, -w + 1, -1, 1, w - 1, w, w + 1)
        cells[start] = 1
        frontier = [start]
        steps = 0
        while frontier:
            steps += 1
            nxt = []
            for p in frontier:
                for d in offsets:
                    q = p + d
                    if not cells[q]:
                        cells[q] = 1
                        nxt.append(q)
            if cells[goal]:
                return steps
            frontier = nxt
        return -1
