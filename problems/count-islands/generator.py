#!/usr/bin/env python3
"""Tests of `count-islands` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed by a breadth-first flood fill from every unvisited land cell (reference) and
checked by a second, independent method: a union-find over the land cells joined with their right
and lower neighbours; small grids are also checked by a recursive flood fill.
"""
import collections
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXS = 300


def reference(g):
    m, n = len(g), len(g[0])
    seen = [[False] * n for _ in range(m)]
    count = 0
    for i in range(m):
        for j in range(n):
            if g[i][j] == '1' and not seen[i][j]:
                count += 1
                seen[i][j] = True
                q = collections.deque([(i, j)])
                while q:
                    a, b = q.popleft()
                    for x, y in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
                        if 0 <= x < m and 0 <= y < n and g[x][y] == '1' and not seen[x][y]:
                            seen[x][y] = True
                            q.append((x, y))
    return count


def union_find(g):
    m, n = len(g), len(g[0])
    parent = list(range(m * n))

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    comps = sum(row.count('1') for row in g)
    for i in range(m):
        for j in range(n):
            if g[i][j] != '1':
                continue
            for x, y in ((i + 1, j), (i, j + 1)):
                if x < m and y < n and g[x][y] == '1':
                    a, b = find(i * n + j), find(x * n + y)
                    if a != b:
                        parent[a] = b
                        comps -= 1
    return comps


def recursive(g):
    m, n = len(g), len(g[0])
    seen = set()

    def fill(i, j):
        if not (0 <= i < m and 0 <= j < n) or g[i][j] != '1' or (i, j) in seen:
            return
        seen.add((i, j))
        fill(i + 1, j); fill(i - 1, j); fill(i, j + 1); fill(i, j - 1)

    count = 0
    for i in range(m):
        for j in range(n):
            if g[i][j] == '1' and (i, j) not in seen:
                count += 1
                fill(i, j)
    return count


def write(kind, name, g):
    g = [list(r) if isinstance(r, str) else r for r in g]
    m, n = len(g), len(g[0])
    assert 1 <= m <= MAXS and 1 <= n <= MAXS and all(len(r) == n and set(r) <= {'0', '1'} for r in g)
    ans = reference(g)
    other = union_find(g)
    if m * n <= 2500:
        assert recursive(g) == other
    if ans != other:
        sys.exit("%s: disagreement %d vs %d" % (name, ans, other))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(g, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write("%d\n" % ans)
    return ans


def rand_grid(rng, m, n, p):
    return [['1' if rng.random() < p else '0' for _ in range(n)] for _ in range(m)]


def checker(m, n):
    return [['1' if (i + j) % 2 == 0 else '0' for j in range(n)] for i in range(m)]


def serpentine(m, n):
    """Land on even rows, joined at alternating ends: one island, a path of about m*n/2 cells."""
    g = [['0'] * n for _ in range(m)]
    for i in range(m):
        if i % 2 == 0:
            g[i] = ['1'] * n
        else:
            g[i][n - 1 if i % 4 == 1 else 0] = '1'
    return g


def spiral(s):
    """A one-cell-wide land spiral with a water gap between its turns."""
    g = [['0'] * s for _ in range(s)]
    top, left, bottom, right = 0, 0, s - 1, s - 1
    i, j = 0, 0
    while top <= bottom and left <= right:
        for j in range(left, right + 1):
            g[top][j] = '1'
        for i in range(top, bottom + 1):
            g[i][right] = '1'
        if bottom - top < 2 or right - left < 2:
            break
        for j in range(left, right + 1):
            g[bottom][j] = '1'
        for i in range(top + 2, bottom + 1):
            g[i][left] = '1'
        g[top + 2][left + 1] = '1'
        top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2
        g[top][left - 1] = '1'
        # the next ring starts where this one turned in
        top, left = top, left
        if top > bottom or left > right:
            break
    return g


def main():
    rng = random.Random(20260416)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", ["11000", "11000", "00100", "00011"])
    write("sample", "02", ["11110", "11010", "11000", "00000"])
    write("sample", "03", ["101", "010", "101"])

    write("secret", "01-one-water", ["0"])
    write("secret", "02-one-land", ["1"])
    write("secret", "03-row-alternating", ["1011011101"])
    write("secret", "04-column", [c for c in "1101001110"])
    write("secret", "05-all-water", ["00000"] * 5)
    write("secret", "06-all-land", ["111111111"] * 7)
    write("secret", "07-u-shape", ["10001", "10001", "10101", "11111"])
    write("secret", "08-ring-and-core", ["1111111", "1000001", "1011101", "1010101", "1011101", "1000001", "1111111"])
    write("secret", "09-checkerboard", checker(10, 10))
    write("secret", "10-small-random", rand_grid(rng, 30, 40, 0.45))
    write("secret", "11-medium-random", rand_grid(rng, 200, 200, 0.5))
    write("secret", "12-medium-dense", rand_grid(rng, 150, 200, 0.62))
    write("secret", "13-checkerboard-large", checker(200, 200))
    write("secret", "14-spiral", spiral(199))
    write("secret", "15-wide-row", [['1' if rng.random() < 0.7 else '0' for _ in range(MAXS)]])
    # Large: one island that is a path of 45,000 cells, the most LeetCode's 300 x 300 allows.
    write("secret", "16-serpentine-300", serpentine(MAXS, MAXS))


if __name__ == "__main__":
    main()
