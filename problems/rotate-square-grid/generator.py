#!/usr/bin/env python3
"""Writes data/ for `rotate-square-grid` (fixed seed) and checks every answer twice.

Reference: rotate in place ring by ring, moving four cells at a time.
Check: an independent formula, rotated[i][j] = grid[n-1-j][i], built as zip(*reversed(grid));
on every test, plus: four rotations give back the original grid.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 20  # LeetCode 48: 1 <= n <= 20, -1000 <= matrix[i][j] <= 1000
MAXV = 1000


def rings(grid):
    g = [row[:] for row in grid]
    n = len(g)
    for layer in range(n // 2):
        last = n - 1 - layer
        for i in range(layer, last):
            off = i - layer
            top = g[layer][i]
            g[layer][i] = g[last - off][layer]
            g[last - off][layer] = g[last][last - off]
            g[last][last - off] = g[i][last]
            g[i][last] = top
    return g


def by_formula(grid):
    return [list(col) for col in zip(*grid[::-1])]


def write(kind, name, grid):
    n = len(grid)
    assert 1 <= n <= MAXN and all(len(r) == n for r in grid)
    assert all(-MAXV <= x <= MAXV for r in grid for x in r)
    ans = rings(grid)
    if ans != by_formula(grid):
        sys.exit("%s/%s: rings and formula disagree" % (kind, name))
    if rings(rings(rings(ans))) != grid:
        sys.exit("%s/%s: four turns do not give the original grid" % (kind, name))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(grid, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, separators=(",", ":")) + "\n")


def rand_grid(rng, n, lo=-MAXV, hi=MAXV):
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(n)]


def numbered(n):
    return [[i * n + j + 1 for j in range(n)] for i in range(n)]


def main():
    rng = random.Random(20260306)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", numbered(3))
    write("sample", "02", [[4, -1], [0, 7]])

    write("secret", "01-one-cell", [[-1000]])
    write("secret", "02-two-by-two", [[1, 2], [3, 4]])
    write("secret", "03-four-numbered", numbered(4))
    write("secret", "04-five-numbered", numbered(5))
    write("secret", "05-all-equal", [[5] * 6 for _ in range(6)])
    # Symmetric under a transpose: a transpose alone looks right on the diagonal only.
    write("secret", "06-symmetric", [[min(i, j) for j in range(5)] for i in range(5)])
    # One marked cell in the top-right corner: it must end in the bottom-right corner.
    write("secret", "07-one-corner", [[0, 0, 1], [0, 0, 0], [0, 0, 0]])
    write("secret", "08-one-row-marked", [[9 if i == 0 else 0 for j in range(7)] for i in range(7)])
    write("secret", "09-random-small", rand_grid(rng, 8))
    write("secret", "10-random-odd", rand_grid(rng, 11))
    write("secret", "11-random-even", rand_grid(rng, 20))
    write("secret", "12-numbered-medium", [[(i * 37 + j) % 2001 - 1000 for j in range(17)] for i in range(17)])
    write("secret", "13-random-medium", rand_grid(rng, 19))
    # Large tests.
    write("secret", "14-large-random", rand_grid(rng, MAXN))
    write("secret", "15-large-max-n", rand_grid(rng, MAXN, 0, 9))
    write("secret", "16-large-max-n-odd", rand_grid(rng, MAXN - 1, -9, 9))


if __name__ == "__main__":
    main()
