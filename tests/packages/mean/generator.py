#!/usr/bin/env python3
"""Generates the tests of the `mean` package (samples and secret) with a fixed seed.

Run from anywhere: `python3 tests/packages/mean/generator.py`. Writes data/sample/*.{in,ans} and
data/secret/*.{in,ans} next to this file. Every value is k / 10^6 for an integer k, so the exact mean is a
fraction; the answers are that fraction rounded to 15 digits after the decimal point (exact rational
arithmetic here, independent of the reference submissions, which print fewer digits and rely on the
float_tolerance 1e-6 of the problem).
"""
import os
import random
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
SCALE = 10**6          # at most 6 digits after the decimal point
MAXK = 1000 * SCALE    # |x| <= 1000
MAXN = 100000
DIGITS = 15


def fmt_value(k):
    """k micro-units as a short decimal: 1500000 -> '1.5', -3 -> '-0.000003', 2000000 -> '2'."""
    sign = "-" if k < 0 else ""
    k = abs(k)
    whole, frac = divmod(k, SCALE)
    if frac == 0:
        return "%s%d" % (sign, whole)
    return ("%s%d.%06d" % (sign, whole, frac)).rstrip("0")


def fmt_answer(q):
    """The fraction q rounded half away from zero to DIGITS decimals."""
    sign = "-" if q < 0 else ""
    q = abs(q)
    r = q * 10**DIGITS
    units = r.numerator // r.denominator
    if 2 * (r - units) >= 1:
        units += 1
    whole, frac = divmod(units, 10**DIGITS)
    if units == 0:
        sign = ""
    return "%s%d.%0*d" % (sign, whole, DIGITS, frac)


def write(kind, name, ks):
    assert 1 <= len(ks) <= MAXN and all(abs(k) <= MAXK for k in ks)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(ks), " ".join(fmt_value(k) for k in ks)))
    mean = Fraction(sum(ks), SCALE * len(ks))
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(fmt_answer(mean) + "\n")


def rand_k(rng, lo=-MAXK, hi=MAXK):
    """A value with a random number of decimals (0 to 6)."""
    k = rng.randint(lo, hi)
    step = 10 ** rng.randint(0, 6)
    return max(lo, min(hi, (k // step) * step))


def main():
    rng = random.Random(777)
    write("sample", "1", [1 * SCALE, 2 * SCALE, 4 * SCALE])
    write("sample", "2", [-1500000, 2250000, 125000, 3000000, 1])

    write("secret", "01-single", [-123456789])
    write("secret", "02-thirds", [1 * SCALE, 1 * SCALE, 2 * SCALE, 1 * SCALE, 0, 0, 0])
    write("secret", "03-small-random", [rand_k(rng) for _ in range(10)])
    write("secret", "04-tiny-values", [rng.randint(-50, 50) for _ in range(999)])
    write("secret", "05-medium-random", [rand_k(rng) for _ in range(5000)])
    write("secret", "06-near-max", [rand_k(rng, MAXK - 5 * SCALE, MAXK) for _ in range(3001)])
    write("secret", "07-large-random", [rand_k(rng) for _ in range(MAXN)])
    # Huge values that almost cancel: the mean is small, so its digits all count.
    ks = []
    for i in range(MAXN // 2):
        a = rng.randint(MAXK // 2, MAXK)
        ks += [a, -a + rng.randint(0, 7)]
    rng.shuffle(ks)
    write("secret", "08-cancellation", ks)


if __name__ == "__main__":
    main()
