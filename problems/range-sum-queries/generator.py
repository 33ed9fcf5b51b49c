#!/usr/bin/env python3
"""Tests of `range-sum-queries` (fixed seed). Run: /usr/bin/python3 generator.py

The answers are computed with prefix sums (reference) and checked with a second, independent
method: direct summation of every range on the small tests, a Fenwick tree on all tests.
"""
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 200000
MAXQ = 200000
MAXV = 10**9


def reference(a, queries):
    pre = [0]
    for x in a:
        pre.append(pre[-1] + x)
    return [pre[r] - pre[l - 1] for l, r in queries]


def fenwick(a, queries):
    n = len(a)
    tree = [0] * (n + 1)
    for i, x in enumerate(a, 1):
        while i <= n:
            tree[i] += x
            i += i & -i

    def prefix(i):
        s = 0
        while i > 0:
            s += tree[i]
            i -= i & -i
        return s
    return [prefix(r) - prefix(l - 1) for l, r in queries]


def direct(a, queries):
    return [sum(a[l - 1:r]) for l, r in queries]


def check(a, queries):
    n = len(a)
    assert 1 <= n <= MAXN and 1 <= len(queries) <= MAXQ
    assert all(-MAXV <= x <= MAXV for x in a)
    assert all(1 <= l <= r <= n for l, r in queries)
    ans = reference(a, queries)
    others = [fenwick(a, queries)]
    if n * len(queries) <= 10**7:
        others.append(direct(a, queries))
    if any(o != ans for o in others):
        sys.exit("disagreement")
    assert all(-2**63 <= s < 2**63 for s in ans)
    return ans


def write(kind, name, a, queries):
    ans = check(a, queries)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), len(queries), " ".join(map(str, a))))
        f.write("".join("%d %d\n" % q for q in queries))
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write("".join("%d\n" % s for s in ans))


def random_queries(rng, n, q):
    out = []
    for _ in range(q):
        l, r = rng.randint(1, n), rng.randint(1, n)
        out.append((min(l, r), max(l, r)))
    return out


def main():
    rng = random.Random(20260416)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "1", [3, -1, 4, 1, -5], [(1, 3), (2, 2), (1, 5), (4, 5)])
    write("sample", "2", [1000000000, 1000000000, 1000000000], [(1, 3), (3, 3)])

    write("secret", "01-single", [-7], [(1, 1)])
    write("secret", "02-single-many-queries", [5], [(1, 1)] * 5)
    write("secret", "03-zeros", [0] * 10, [(1, 10), (3, 7), (10, 10)])
    write("secret", "04-whole-and-ends", [2, -3, 5, -7, 11, -13], [(1, 6), (1, 1), (6, 6), (2, 5)])
    write("secret", "05-all-min", [-MAXV] * 8, [(1, 8), (2, 7), (4, 4)])
    write("secret", "06-alternating-cancel", [MAXV, -MAXV] * 10, [(1, 20), (1, 19), (2, 20), (5, 8)])
    a = [rng.randint(-20, 20) for _ in range(50)]
    write("secret", "07-small-random", a, random_queries(rng, 50, 50))
    a = [rng.randint(-MAXV, MAXV) for _ in range(1000)]
    write("secret", "08-medium-wide-values", a, random_queries(rng, 1000, 1000))
    # Sums far beyond 32 bits.
    a = [rng.randint(MAXV - 1000, MAXV) for _ in range(3000)]
    write("secret", "09-overflow-32bit", a, random_queries(rng, 3000, 3000))
    a = [-rng.randint(MAXV - 1000, MAXV) for _ in range(3000)]
    write("secret", "10-overflow-negative", a, [(1, 3000)] + random_queries(rng, 3000, 2999))
    a = [MAXV] * 10000
    write("secret", "11-all-max", a, [(1, 10000)] + random_queries(rng, 10000, 9999))
    a = [rng.randint(0, 9) for _ in range(5000)]
    write("secret", "12-point-queries", a, [(i, i) for i in range(1, 5001)])
    # Large: a summation per query is O(n) each, O(n * q) in all.
    n = MAXN
    a = [rng.randint(-9, 9) for _ in range(n)]
    qs = [(rng.randint(1, 99), rng.randint(n - 99, n)) for _ in range(60000)]
    write("secret", "13-large-wide-queries", a, qs)
    n = 100000
    a = [rng.randint(0, 9) for _ in range(n)]
    write("secret", "14-large-random-queries", a, random_queries(rng, n, 30000))


if __name__ == "__main__":
    main()
