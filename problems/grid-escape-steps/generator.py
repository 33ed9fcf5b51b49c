#!/usr/bin/env python3
"""Tests of `grid-escape-steps` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed by a breadth-first search from the top-left cell (reference) and checked by a
second, independent method: Dijkstra's algorithm with a binary heap run from the bottom-right cell
back to the top-left (8-direction moves are symmetric); small grids are also checked by relaxing
all distances until nothing changes (Bellman-Ford style).
"""
import collections
import heapq
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXS = 100  # LeetCode 1091: an n x n grid, 1 <= n <= 100; the answer counts the path's cells
DIRS = [(a, b) for a in (-1, 0, 1) for b in (-1, 0, 1) if a or b]


def reference(g):
    m, n = len(g), len(g[0])
    if g[0][0] or g[m - 1][n - 1]:
        return -1
    dist = [[-1] * n for _ in range(m)]
    dist[0][0] = 0
    q = collections.deque([(0, 0)])
    while q:
        r, c = q.popleft()
        for a, b in DIRS:
            x, y = r + a, c + b
            if 0 <= x < m and 0 <= y < n and g[x][y] == 0 and dist[x][y] < 0:
                dist[x][y] = dist[r][c] + 1
                q.append((x, y))
    return dist[m - 1][n - 1]


def dijkstra_back(g):
    m, n = len(g), len(g[0])
    if g[0][0] or g[m - 1][n - 1]:
        return -1
    best = {(m - 1, n - 1): 0}
    heap = [(0, m - 1, n - 1)]
    while heap:
        d, r, c = heapq.heappop(heap)
        if d > best[(r, c)]:
            continue
        if (r, c) == (0, 0):
            return d
        for a, b in DIRS:
            x, y = r + a, c + b
            if 0 <= x < m and 0 <= y < n and g[x][y] == 0 and d + 1 < best.get((x, y), 1 << 60):
                best[(x, y)] = d + 1
                heapq.heappush(heap, (d + 1, x, y))
    return -1


def relax(g):
    m, n = len(g), len(g[0])
    INF = 1 << 60
    dist = [[INF] * n for _ in range(m)]
    if g[0][0] == 0:
        dist[0][0] = 0
    changed = True
    while changed:
        changed = False
        for r in range(m):
            for c in range(n):
                if g[r][c]:
                    continue
                for a, b in DIRS:
                    x, y = r + a, c + b
                    if 0 <= x < m and 0 <= y < n and dist[x][y] + 1 < dist[r][c]:
                        dist[r][c] = dist[x][y] + 1
                        changed = True
    d = dist[m - 1][n - 1]
    return -1 if d >= INF or g[m - 1][n - 1] else d


def write(kind, name, g):
    m, n = len(g), len(g[0])
    assert 1 <= m <= MAXS and m == n and all(len(r) == n and set(r) <= {0, 1} for r in g)
    ans = reference(g)
    other = dijkstra_back(g)
    if m * n <= 2500:
        assert relax(g) == other
    if ans != other:
        sys.exit("%s: disagreement %d vs %d" % (name, ans, other))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(g, separators=(",", ":")) + "\n")
    cells = ans + 1 if ans >= 0 else -1  # LeetCode counts the cells of the path, not the moves
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write("%d\n" % cells)
    return cells


def rand_grid(rng, m, n, p):
    g = [[1 if rng.random() < p else 0 for _ in range(n)] for _ in range(m)]
    g[0][0] = g[m - 1][n - 1] = 0
    return g


def serpentine(m, n):
    """Wall rows (odd rows) with one gap at alternating ends: the path winds through every row."""
    g = [[0] * n for _ in range(m)]
    for i in range(1, m - 1, 2):
        g[i] = [1] * n
        g[i][n - 1 if i % 4 == 1 else 0] = 0
    return g


def dfs_maze(rng, s):
    """A perfect maze (randomized depth-first search, explicit stack): rooms on even coordinates,
    walls between them; one winding corridor between any two rooms."""
    g = [[1] * s for _ in range(s)]
    g[0][0] = 0
    stack = [(0, 0)]
    while stack:
        r, c = stack[-1]
        nxt = [(r + a, c + b) for a, b in ((2, 0), (-2, 0), (0, 2), (0, -2))
               if 0 <= r + a < s and 0 <= c + b < s and g[r + a][c + b] == 1]
        if not nxt:
            stack.pop()
            continue
        x, y = rng.choice(nxt)
        g[(r + x) // 2][(c + y) // 2] = 0
        g[x][y] = 0
        stack.append((x, y))
    return g


def main():
    rng = random.Random(20260417)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [[0, 1], [1, 0]])
    write("sample", "02", [[0, 0, 0], [1, 1, 0], [1, 1, 0]])
    write("sample", "03", [[1, 0, 0], [1, 1, 0], [1, 1, 0]])

    write("secret", "01-single-open", [[0]])
    write("secret", "02-single-blocked", [[1]])
    write("secret", "03-exit-blocked", [[0, 0], [0, 1]])
    write("secret", "04-open-two", [[0, 0], [0, 0]])
    write("secret", "05-wall-row", [[0, 0, 0], [1, 1, 1], [0, 0, 0]])
    write("secret", "06-edge-path", [[0, 1, 1, 1], [0, 1, 1, 1], [0, 1, 1, 1], [1, 0, 0, 0]])
    write("secret", "07-diagonal-only", [[0 if i == j else 1 for j in range(6)] for i in range(6)])
    write("secret", "08-open-square", [[0] * 8 for _ in range(8)])
    write("secret", "09-full-wall", [[0] * 5, [0] * 5, [1] * 5, [0] * 5, [0] * 5])
    write("secret", "10-corner-cut", [[0, 1, 0, 1, 0], [1, 0, 1, 0, 1], [0, 1, 1, 1, 0], [1, 0, 1, 0, 1], [0, 1, 0, 1, 0]])
    write("secret", "11-small-random", rand_grid(rng, 20, 20, 0.35))
    write("secret", "12-small-serpentine", serpentine(15, 15))
    write("secret", "13-small-maze", dfs_maze(rng, 21))
    write("secret", "14-medium-random", rand_grid(rng, 60, 60, 0.4))
    # Largest (LeetCode's 100 x 100): a long winding corridor, a maze, an open field, random and a
    # sealed exit.
    write("secret", "15-serpentine-100", serpentine(MAXS - 1, MAXS - 1))
    write("secret", "16-maze-99", dfs_maze(rng, 99))
    write("secret", "17-open-100", [[0] * MAXS for _ in range(MAXS)])
    write("secret", "18-random-100", rand_grid(rng, MAXS, MAXS, 0.36))
    g = rand_grid(rng, MAXS, MAXS, 0.3)
    for t in range(MAXS - 4, MAXS):
        g[MAXS - 4][t] = g[t][MAXS - 4] = 1
    write("secret", "19-sealed-exit-100", g)


if __name__ == "__main__":
    main()
