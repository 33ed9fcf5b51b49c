#!/usr/bin/env python3
"""Tests of `staircase-ways` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed with an iterative DP modulo 10^9 + 7 (reference) and checked
independently on every test: by fast doubling of Fibonacci numbers (ways(n) = F(n + 1)) modulo
10^9 + 7, and on small n by the exact count sum over k of C(n - k, k) (k two-step moves) and by
enumerating every move sequence.
"""
import json
import math
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MOD = 10**9 + 7
MAXN = 10**5


def reference(n):
    a, b = 1, 1  # ways(0), ways(1)
    for _ in range(n - 1):
        a, b = b, (a + b) % MOD
    return b


def fib_pair(n):
    """(F(n), F(n + 1)) modulo MOD by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * ((2 * b - a) % MOD) % MOD
    d = (a * a + b * b) % MOD
    return (d, (c + d) % MOD) if n % 2 else (c, d)


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
    if n <= 300 and ans != combinatorial(n) % MOD:
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
    write("secret", "05-fits-32-bit", 45)       # F(46) = 1836311903: reduced, still < 2^31
    write("secret", "06-first-reduction", 44)   # F(45) = 1134903170: first value > 10^9 + 7
    write("secret", "07-past-32-bit", 46)       # F(47) = 2971215073 > 2^31 - 1
    write("secret", "08-past-64-bit", 92)       # F(93) > 2^63 - 1
    write("secret", "09-small-random", rng.randint(21, 40))
    write("secret", "10-medium", 1000)
    write("secret", "11-medium-random", rng.randint(1001, 10**4))
    # Large: a plain recursion without memoization already needs ~F(n) calls at n = 40.
    write("secret", "12-large-random", rng.randint(10**4, MAXN))
    write("secret", "13-large-random-2", rng.randint(10**4, MAXN))
    write("secret", "14-max-minus-one", MAXN - 1)
    write("secret", "15-max", MAXN)


if __name__ == "__main__":
    main()
