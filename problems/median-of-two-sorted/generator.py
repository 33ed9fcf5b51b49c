#!/usr/bin/env python3
"""Writes data/ for `median-of-two-sorted` (fixed seed) and checks every answer twice.

Reference: binary search on the number of values taken from the shorter array (partition
method), exact in integers (the result is kept as twice the median).
Check: sort the concatenation of both arrays and take the middle value(s), and compare with
statistics.median over fractions.
"""
import json
import os
import random
import shutil
import statistics
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 1000  # LeetCode 4: 0 <= m, n <= 1000, 1 <= m + n <= 2000, |values| <= 10^6
MAXV = 10**6


def twice_median_partition(a, b):
    if len(a) > len(b):
        a, b = b, a
    m, n = len(a), len(b)
    half = (m + n + 1) // 2
    lo, hi = 0, m
    inf = float("inf")
    while True:
        i = (lo + hi) // 2  # values taken from a
        j = half - i        # values taken from b
        a_left = a[i - 1] if i > 0 else -inf
        a_right = a[i] if i < m else inf
        b_left = b[j - 1] if j > 0 else -inf
        b_right = b[j] if j < n else inf
        if a_left > b_right:
            hi = i - 1
        elif b_left > a_right:
            lo = i + 1
        else:
            left = max(a_left, b_left)
            if (m + n) % 2:
                return 2 * left
            return left + min(a_right, b_right)


def twice_median_sorted(a, b):
    c = sorted(a + b)
    k = len(c)
    if k % 2:
        return 2 * c[k // 2]
    return c[k // 2 - 1] + c[k // 2]


def write(kind, name, a, b):
    assert len(a) <= MAXN and len(b) <= MAXN and len(a) + len(b) >= 1
    assert a == sorted(a) and b == sorted(b)
    assert all(-MAXV <= x <= MAXV for x in a + b)
    t = twice_median_partition(a, b)
    if t != twice_median_sorted(a, b) or Fraction(t, 2) != statistics.median(map(Fraction, a + b)):
        sys.exit("%s/%s: partition and sorting disagree" % (kind, name))
    ans = t / 2  # exact: |t| <= 2 * 10^6
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(a, separators=(",", ":")) + "\n")
        f.write(json.dumps(b, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def rand_sorted(rng, n, lo=-MAXV, hi=MAXV):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def main():
    rng = random.Random(20260315)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", [1, 4, 9], [2, 7])
    write("sample", "02", [1, 3], [2, 8])
    write("sample", "03", [], [5])

    write("secret", "01-first-empty-even", [], [-3, 10])
    write("secret", "02-second-empty-odd", [-7, -2, 0, 4, 100], [])
    write("secret", "03-single-each", [6], [3])
    write("secret", "04-all-of-a-first", [1, 2, 3, 4], [10, 20, 30, 40, 50])
    write("secret", "05-all-of-b-first", [100, 200, 300], [-5, -4])
    write("secret", "06-interleaved", [1, 3, 5, 7, 9], [2, 4, 6, 8, 10])
    write("secret", "07-duplicates", [2, 2, 2, 2], [2, 2, 2])
    write("secret", "08-half-value-negative", [-MAXV], [-MAXV + 1, 0, MAXV])
    write("secret", "09-extremes-even", [-MAXV, -MAXV], [MAXV, MAXV])
    write("secret", "10-one-in-long", [0], rand_sorted(rng, 20, -50, 50))
    write("secret", "11-random-small", rand_sorted(rng, 7, -20, 20), rand_sorted(rng, 12, -20, 20))
    write("secret", "12-random-medium", rand_sorted(rng, 500), rand_sorted(rng, 801))
    write("secret", "13-random-repeats", rand_sorted(rng, 1000, -3, 3), rand_sorted(rng, 999, -3, 3))
    large = []
    large.append(write("secret", "14-large-random", rand_sorted(rng, MAXN), rand_sorted(rng, MAXN)))
    large.append(write("secret", "15-large-one-empty", [], rand_sorted(rng, MAXN, -1000, 1000)))
    large.append(write("secret", "16-large-disjoint-ranges", rand_sorted(rng, MAXN, -MAXV, -1),
                       rand_sorted(rng, MAXN // 2, 1, MAXV)))
    large.append(write("secret", "17-large-short-and-long", rand_sorted(rng, 4, -10, 10),
                       rand_sorted(rng, MAXN, -99999, 99999)))
    print("large answers:", large)


if __name__ == "__main__":
    main()
