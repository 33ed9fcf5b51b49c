#!/usr/bin/env python3
"""Generates the 200 tiny secret tests of the `tiny200` benchmark package with a fixed seed.

Run from anywhere: `python3 bench/packages/tiny200/generator.py`. Writes data/secret/001.in .. 200.in and
the matching .ans files next to this file.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
COUNT = 200


def main():
    rng = random.Random(200)
    d = os.path.join(HERE, "data", "secret")
    os.makedirs(d, exist_ok=True)
    for k in range(1, COUNT + 1):
        a, b = rng.randint(-10**9, 10**9), rng.randint(-10**9, 10**9)
        with open(os.path.join(d, "%03d.in" % k), "w") as f:
            f.write("%d %d\n" % (a, b))
        with open(os.path.join(d, "%03d.ans" % k), "w") as f:
            f.write("%d\n" % (a + b))


if __name__ == "__main__":
    main()
