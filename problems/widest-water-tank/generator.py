#!/usr/bin/env python3
"""Writes data/ for `widest-water-tank` (fixed seed) and checks every answer twice.

Reference: the classic two-pointer sweep (move the shorter wall inwards).
Check: a brute force over all pairs on small tests; on large tests an independent O(n log n)
method (visit posts from tallest to shortest and keep the leftmost/rightmost index seen so far:
the best tank whose shorter wall is post i uses the farthest post at least as tall).
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10**5
MAXH = 10**4


def two_pointers(h):
    i, j, best = 0, len(h) - 1, 0
    while i < j:
        best = max(best, min(h[i], h[j]) * (j - i))
        if h[i] < h[j]:
            i += 1
        else:
            j -= 1
    return best


def brute(h):
    n = len(h)
    return max(min(h[i], h[j]) * (j - i) for i in range(n) for j in range(i + 1, n))


def by_height(h):
    order = sorted(range(len(h)), key=lambda i: -h[i])
    lo, hi, best = None, None, 0
    for i in order:
        lo = i if lo is None else min(lo, i)
        hi = i if hi is None else max(hi, i)
        best = max(best, h[i] * max(i - lo, hi - i))
    return best


def write(kind, name, h):
    assert 2 <= len(h) <= MAXN and all(0 <= x <= MAXH for x in h)
    ans = two_pointers(h)
    check = brute(h) if len(h) <= 2000 else by_height(h)
    if ans != check:
        sys.exit("%s/%s: two pointers %d, check %d" % (kind, name, ans, check))
    if len(h) <= 2000 and by_height(h) != ans:
        sys.exit("%s/%s: by-height check disagrees" % (kind, name))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(h, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write("%d\n" % ans)


def main():
    rng = random.Random(20260301)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", [2, 7, 3, 8, 1, 6, 4])
    write("sample", "02", [5, 5])
    write("sample", "03", [0, 3, 0])

    write("secret", "01-two-posts", [3, 9])
    write("secret", "02-all-zero", [0] * 10)
    write("secret", "03-one-tall", [1, 1, 10000, 1, 1])
    write("secret", "04-increasing", list(range(1, 51)))
    write("secret", "05-decreasing", list(range(60, 0, -1)))
    write("secret", "06-equal", [7] * 40)
    write("secret", "07-random-small", [rng.randint(0, 20) for _ in range(30)])
    # Two tall posts close together lose against two shorter posts far apart.
    write("secret", "08-wide-beats-tall", [5] + [0] * 20 + [10000, 10000] + [0] * 20 + [5])
    # Equal walls at both ends: moving either pointer must still find the inner optimum.
    write("secret", "09-equal-ends", [6, 2, 9000, 3, 8500, 1, 6])
    for t in range(10, 14):
        n = rng.randint(500, 2000)
        write("secret", "%02d-random-medium" % t, [rng.randint(0, MAXH) for _ in range(n)])
    write("secret", "14-mountain-medium",
          [min(i, 1999 - i) * 10 for i in range(2000)])
    # Large tests: O(n^2) checks every pair (5 * 10^9 pairs each).
    write("secret", "15-large-random", [rng.randint(0, MAXH) for _ in range(MAXN)])
    write("secret", "16-large-valley",
          [min(MAXH, abs(i - MAXN // 2) // 5) for i in range(MAXN)])
    write("secret", "17-large-mountain",
          [min(MAXH, min(i, MAXN - 1 - i) // 4 + rng.randint(0, 3)) for i in range(MAXN)])
    write("secret", "18-large-max", [MAXH - rng.randint(0, 1) for _ in range(MAXN)])


if __name__ == "__main__":
    main()
