#!/usr/bin/env python3
"""Generates the tests of the `pair` package (samples and secret) with a fixed seed.

Run from anywhere: `python3 tests/packages/pair/generator.py`. Writes data/sample/*.{in,ans} and
data/secret/*.{in,ans} next to this file. Each .ans holds one valid pair, found here with a dictionary and
checked by brute force on small tests (the output validator accepts any valid pair).

The large tests have exactly one valid pair, placed near the end of the array, so that an O(N^2) search
(whatever its loop order) does about N^2/2 steps: every other value is 0 mod 4, the pair's values are 1 and
2 mod 4 and T is 3 mod 4, so no other two values can sum to T.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
MAXA = 10**9
MAXT = 2 * 10**9
MAXN = 200000


def find_pair(a, t):
    seen = {}
    for j, x in enumerate(a):
        if t - x in seen:
            return seen[t - x] + 1, j + 1
        seen.setdefault(x, j)
    return None


def write(kind, name, t, a):
    n = len(a)
    assert 2 <= n <= MAXN and abs(t) <= MAXT and all(abs(x) <= MAXA for x in a)
    pair = find_pair(a, t)
    assert pair is not None
    i, j = pair
    assert i != j and a[i - 1] + a[j - 1] == t
    if n <= 2000:  # brute-force cross-check
        assert any(a[p] + a[q] == t for p in range(n) for q in range(p + 1, n))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (n, t, " ".join(map(str, a))))
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write("%d %d\n" % (i, j))


def unique_pair(rng, n, t, positions):
    """n values with exactly one pair summing to t (t = 3 mod 4) at the given 0-based positions."""
    assert t % 4 == 3
    while True:
        x = rng.randint(-MAXA, MAXA)
        if x % 4 == 1 and abs(t - x) <= MAXA:
            break
    a = [4 * rng.randint(-MAXA // 4, MAXA // 4) for _ in range(n)]
    a[positions[0]], a[positions[1]] = x, t - x
    return a


def main():
    rng = random.Random(4242)
    write("sample", "1", 9, [2, 7, 11, 15])
    write("sample", "2", 6, [3, 3, 1, 5, 2])

    write("secret", "01-two-equal", -4, [-2, -2])
    # T/2 appears once: pairing an element with itself is wrong.
    write("secret", "02-half-once", 10, [5, 1, 9, 3])
    write("secret", "03-zero-target", 0, [0, 7, -3, 4, 3, -8])
    write("secret", "04-small-random", 35, [rng.randint(-20, 20) for _ in range(30)] + [17, 18])
    write("secret", "05-extremes", 2 * MAXA, [MAXA - 1, -MAXA, 5, MAXA, 0, MAXA])
    write("secret", "06-extremes-negative", -2 * MAXA, [-MAXA, 1, MAXA, -MAXA + 1, -MAXA])
    a = [rng.randint(-1000, 1000) for _ in range(2000)]
    write("secret", "07-many-pairs", a[100] + a[1500], a)
    n = MAXN
    write("secret", "08-large-unique", 1234567891,
          unique_pair(rng, n, 1234567891, rng.sample(range(n - 100, n), 2)))
    write("secret", "09-large-unique-last", -1999999997,
          unique_pair(rng, n, -1999999997, [n - 1, n - 2]))


if __name__ == "__main__":
    main()
