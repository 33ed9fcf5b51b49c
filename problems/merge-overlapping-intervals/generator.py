#!/usr/bin/env python3
"""Tests of `merge-overlapping-intervals` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed by sorting and sweeping (reference) and checked independently: on small
coordinate ranges by a brute force that marks every covered point on a doubled grid (so that
[1, 2] and [3, 4] stay apart while [1, 2] and [2, 3] join); on every test by an event sweep
(+1 at each start, -1 after each end, starts before ends at equal coordinates).
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10**4  # LeetCode 56: 1 <= n <= 10^4, 0 <= start <= end <= 10^4
MAXV = 10**4


def reference(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def events(intervals):
    ev = []
    for s, e in intervals:
        ev.append((s, 0))  # starts first at equal coordinates: touching intervals join
        ev.append((e, 1))
    ev.sort()
    out, depth, start = [], 0, None
    for x, kind in ev:
        if kind == 0:
            if depth == 0:
                start = x
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                out.append([start, x])
    return out


def brute(intervals):
    hi = max(e for _, e in intervals)
    covered = [False] * (2 * hi + 2)
    for s, e in intervals:
        for p in range(2 * s, 2 * e + 1):
            covered[p] = True
    out, p = [], 0
    while p < len(covered):
        if covered[p]:
            q = p
            while covered[q + 1]:
                q += 1
            out.append([p // 2, q // 2])
            p = q + 1
        else:
            p += 1
    return out


def check(intervals):
    assert 1 <= len(intervals) <= MAXN
    assert all(len(iv) == 2 and 0 <= iv[0] <= iv[1] <= MAXV for iv in intervals)
    ans = reference(intervals)
    other = events(intervals)
    if ans != other:
        sys.exit("disagreement (events)")
    if max(e for _, e in intervals) <= 5000 and len(intervals) <= 2000:
        if ans != brute(intervals):
            sys.exit("disagreement (brute)")
    return ans


def write(kind, name, intervals):
    ans = check(intervals)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(intervals, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, separators=(",", ":")) + "\n")
    return ans


def random_intervals(rng, n, hi, maxlen):
    out = []
    for _ in range(n):
        s = rng.randint(0, hi)
        out.append([s, min(hi, s + rng.randint(0, maxlen))])
    return out


def disjoint(rng, n, gap_max, len_max):
    out, x = [], 0
    for _ in range(n):
        x += rng.randint(1, gap_max)
        e = x + rng.randint(0, len_max)
        out.append([x, e])
        x = e
    rng.shuffle(out)
    return out


def main():
    rng = random.Random(20260415)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [[8, 10], [1, 3], [2, 6], [15, 18]])
    write("sample", "02", [[1, 4], [4, 6]])
    write("sample", "03", [[2, 9], [3, 4], [11, 11]])

    write("secret", "01-single", [[5, 7]])
    write("secret", "02-single-point", [[0, 0]])
    write("secret", "03-adjacent-not-touching", [[3, 4], [1, 2]])
    write("secret", "04-duplicates", [[2, 5], [2, 5], [2, 5]])
    write("secret", "05-nested-chain", [[4, 5], [1, 10], [2, 8], [3, 6]])
    write("secret", "06-contained-then-longer", [[1, 10], [2, 3], [9, 12], [12, 12], [13, 14]])
    write("secret", "07-extremes", [[MAXV, MAXV], [0, MAXV // 2], [MAXV // 2, MAXV - 1], [0, 0]])
    write("secret", "08-points-and-spans", [[7, 7], [3, 3], [3, 7], [8, 8], [10, 10], [9, 9]])
    write("secret", "09-small-random", random_intervals(rng, 30, 100, 8))
    write("secret", "10-medium-random", random_intervals(rng, 2000, 5000, 6))
    write("secret", "11-medium-wide-values", random_intervals(rng, 2000, MAXV, 3000))
    # Large. Disjoint: the answer stays big, so merging into a growing list is quadratic.
    write("secret", "12-large-disjoint", disjoint(rng, 4900, 2, 0))
    chain = [[i, i + 1] for i in range(0, MAXN)]
    rng.shuffle(chain)
    write("secret", "13-large-touching-chain", chain)
    write("secret", "14-large-random", random_intervals(rng, MAXN, MAXV, 4))
    nested = [[i, MAXV - i] for i in range(5000)]
    rng.shuffle(nested)
    write("secret", "15-large-nested", nested)
    points = [[i, i] for i in range(MAXN)]
    rng.shuffle(points)
    write("secret", "16-large-disjoint-points", points)


if __name__ == "__main__":
    main()
