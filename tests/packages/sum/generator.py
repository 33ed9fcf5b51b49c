#!/usr/bin/env python3
"""Generates the tests of the `sum` package (samples and secret) with a fixed seed.

Run from anywhere: `python3 tests/packages/sum/generator.py`. Writes data/sample/*.{in,ans} and
data/secret/*.{in,ans} next to this file. The answers are computed here with Python's exact integers,
independently of the reference submissions.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
MAXV = 10**12
MAXN = 200000


def write(kind, name, xs):
    assert 1 <= len(xs) <= MAXN and all(abs(x) <= MAXV for x in xs)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(xs), " ".join(map(str, xs))))
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write("%d\n" % sum(xs))


def main():
    rng = random.Random(20261125)
    write("sample", "1", [1, 2, 3])
    write("sample", "2", [-5, 10, 1000000000000, -7])

    write("secret", "01-single", [42])
    write("secret", "02-small-negative", [rng.randint(-100, 100) for _ in range(20)] + [-1])
    write("secret", "03-random-medium", [rng.randint(-MAXV, MAXV) for _ in range(1000)])
    # Beyond 32 bits: a 32-bit accumulator wraps around.
    write("secret", "04-overflow-32bit", [rng.randint(2**31, 2**39) for _ in range(5000)])
    write("secret", "05-all-negative", [-rng.randint(1, MAXV) for _ in range(3000)])
    write("secret", "06-all-max", [MAXV] * 50000)
    # N = 200000 and extreme values: mostly close to +10^12, some -10^12 and 0. The sum is about 1.9e17,
    # far beyond 2^53, and odd, so a double-precision sum can never print it exactly.
    xs = []
    for _ in range(MAXN):
        r = rng.random()
        if r < 0.05:
            xs.append(-MAXV)
        elif r < 0.07:
            xs.append(0)
        elif r < 0.20:
            xs.append(MAXV)
        else:
            xs.append(MAXV - rng.randint(0, 10**6))
    if sum(xs) % 2 == 0:
        xs[-1] -= 1 if xs[-1] > -MAXV else -1
    assert sum(xs) > 2**54 and sum(xs) % 2 == 1
    write("secret", "07-max-n-extreme", xs)
    write("secret", "08-zero-sum", [MAXV, -MAXV, 7, -7] * 10 + [0])


if __name__ == "__main__":
    main()
