#!/usr/bin/env python3
"""Tests of `slowest-eating-speed` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed with a binary search on the speed (reference) and checked independently:
on small tests by trying every speed from 1 upward (brute force); on every test by the defining
property: speed `ans` finishes within `hours` and speed `ans - 1` does not (or ans == 1), and
`ans <= max(piles)`.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10**4
MAXV = 10**9
MAXH = 10**9


def needed(piles, k):
    return sum((p + k - 1) // k for p in piles)


def reference(piles, hours):
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if needed(piles, mid) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo


def brute(piles, hours):
    k = 1
    while needed(piles, k) > hours:
        k += 1
    return k


def check(piles, hours):
    n = len(piles)
    assert 1 <= n <= MAXN and n <= hours <= MAXH
    assert all(1 <= p <= MAXV for p in piles)
    ans = reference(piles, hours)
    assert 1 <= ans <= max(piles)
    assert needed(piles, ans) <= hours, "answer too slow"
    assert ans == 1 or needed(piles, ans - 1) > hours, "answer not minimal"
    if ans <= 20000 and n * ans <= 3 * 10**6:
        other = brute(piles, hours)
        if ans != other:
            sys.exit("disagreement: %r vs %r" % (ans, other))
    return ans


def write(kind, name, piles, hours):
    ans = check(piles, hours)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(piles, separators=(",", ":")) + "\n%d\n" % hours)
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def main():
    rng = random.Random(20260413)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [4, 9, 2, 7], 6)
    write("sample", "02", [12, 5, 30], 3)
    write("sample", "03", [10, 10], 100)

    write("secret", "01-single-one-hour", [37], 1)
    write("secret", "02-single-many-hours", [37], 5)
    write("secret", "03-single-exact-division", [36], 6)
    write("secret", "04-all-ones", [1] * 50, 50)
    write("secret", "05-hours-equal-length", [8, 1, 15, 3, 15, 2], 6)
    write("secret", "06-huge-pile-one-hour", [MAXV], 1)
    write("secret", "07-huge-pile-max-hours", [MAXV], MAXH)
    # At speed 1 or 2 the hours exceed 2^31 - 1: a 32-bit counter wraps around and looks feasible.
    write("secret", "08-hour-count-overflow", [900000000, 900000000, 900000000], MAXH)
    write("secret", "09-divisible-piles", [12, 24, 36, 48], 10)
    piles = [rng.randint(1, 100) for _ in range(40)]
    write("secret", "10-small-random", piles, rng.randint(40, 400))
    piles = [rng.randint(1, 10**6) for _ in range(300)]
    write("secret", "11-medium-random", piles, rng.randint(300, 3000))
    piles = [rng.randint(MAXV // 2, MAXV) for _ in range(20)]
    write("secret", "12-few-large-piles-overflow", piles, MAXH - rng.randint(0, 10**6))
    # Large: the answer is big, so trying every speed from 1 upward is far too slow.
    piles = [rng.randint(1, MAXV) for _ in range(MAXN)]
    write("secret", "13-large-hours-equal-length", piles, MAXN)
    piles = [rng.randint(1, MAXV) for _ in range(MAXN)]
    write("secret", "14-large-hours-plus-one", piles, MAXN + 1)
    piles = [rng.randint(MAXV // 2, MAXV) for _ in range(MAXN)]
    write("secret", "15-large-double-hours", piles, 2 * MAXN + 7)
    piles = [rng.randint(1, MAXV) for _ in range(MAXN)]
    write("secret", "16-large-random-hours", piles, rng.randint(5 * MAXN, 50 * MAXN))
    piles = [MAXV] * MAXN
    write("secret", "17-large-all-max-max-hours", piles, MAXH)


if __name__ == "__main__":
    main()
