#!/usr/bin/env python3
"""Tests of `staircase-ways` (fixed seed). Run: /usr/bin/python3 generator.py

LeetCode 70's constraints: 1 <= n <= 45, no modulo (ways(45) = 1,836,311,903 fits in a 32-bit
int). The answer is computed with an iterative DP (reference) and checked independently on every
test: by fast doubling of Fibonacci numbers (ways(n) = F(n + 1)), by the exact count sum over k of
C(n - k, k) (k two-step moves), and on small n by enumerating every move sequence.
"""
import json
import math
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 45


def reference(n):
    a, b = 1, 1  # ways(0), ways(1)
    for _ in range(n - 1):
        a, b = b, a + b
    return b


def fib_pair(n):
    """(F(n), F(n + 1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


def combinatorial(n):
    return sum(math.comb(n - k, k) for k in range(n // 2 + 1))


def enumerate_ways(n):
    count = 0
    stack = [0]
    while stack:
        x = stack.pop()
        if x == n:
            count += 1
        elif x < n:
            stack.append(x + 1)
            stack.append(x + 2)
    return count


def check(n):
    assert 1 <= n <= MAXN
    ans = reference(n)
    if ans != fib_pair(n + 1)[0]:
        sys.exit("disagreement (fast doubling) at n=%d" % n)
    if ans != combinatorial(n) or ans >= 2**31:
        sys.exit("disagreement (combinatorial) at n=%d" % n)
    if n <= 20 and ans != enumerate_ways(n):
        sys.exit("disagreement (enumeration) at n=%d" % n)
    return ans


def write(kind, name, n):
    ans = check(n)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write("%d\n" % n)
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def main():
    rng = random.Random(20260417)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", 3)
    write("sample", "02", 5)
    write("sample", "03", 1)

    write("secret", "01-two", 2)
    write("secret", "02-four", 4)
    write("secret", "03-ten", 10)
    write("secret", "04-twenty", 20)
    write("secret", "05-max", MAXN)              # F(46) = 1836311903, still < 2^31
    write("secret", "06-max-minus-one", MAXN - 1)
    write("secret", "07-small-random", rng.randint(5, 19))
    write("secret", "08-random", rng.randint(21, 35))
    write("secret", "09-thirty", 30)
    # Large: a plain recursion without memoization needs ~F(n) calls (10^9 at n = 44).
    write("secret", "10-large-random", rng.randint(40, MAXN))
    write("secret", "11-large-random-2", rng.randint(40, MAXN))
    write("secret", "12-forty", 40)
    write("secret", "13-max-again", MAXN)
    write("secret", "14-forty-three", 43)
    write("secret", "15-forty-two", 42)

if __name__ == "__main__":
    main()
