#!/usr/bin/env python3
"""Tests of `move-zeros-to-end` (fixed seed). Run: /usr/bin/python3 generator.py

The answer (the final content of nums) is computed with a two-pointer compaction (reference) and
checked with a second, independent method: a stable sort on "is zero" on all tests, and repeated
adjacent swaps on the small tests; a property check confirms that the non-zero values keep their
order and the zero count is unchanged.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10**4  # LeetCode 283: 1 <= nums.length <= 10^4, values 32-bit
LO, HI = -2**31, 2**31 - 1


def reference(nums):
    a = list(nums)
    w = 0
    for x in a:
        if x != 0:
            a[w] = x
            w += 1
    for i in range(w, len(a)):
        a[i] = 0
    return a


def by_sort(nums):
    return sorted(nums, key=lambda x: x == 0)


def by_swaps(nums):
    a = list(nums)
    changed = True
    while changed:
        changed = False
        for i in range(len(a) - 1):
            if a[i] == 0 and a[i + 1] != 0:
                a[i], a[i + 1] = a[i + 1], a[i]
                changed = True
    return a


def check(nums):
    assert 1 <= len(nums) <= MAXN and all(LO <= x <= HI for x in nums)
    ans = reference(nums)
    others = [by_sort(nums)]
    if len(nums) <= 300:
        others.append(by_swaps(nums))
    if any(o != ans for o in others):
        sys.exit("disagreement")
    nz = [x for x in nums if x != 0]
    assert ans == nz + [0] * (len(nums) - len(nz))
    return ans


def write(kind, name, nums):
    ans = check(nums)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, separators=(",", ":")) + "\n")


def with_zeros(rng, n, p_zero, lo, hi):
    return [0 if rng.random() < p_zero else rng.choice([rng.randint(lo, -1), rng.randint(1, hi)])
            for _ in range(n)]


def main():
    rng = random.Random(20260415)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [0, 4, 0, 7, 12])
    write("sample", "02", [0])
    write("sample", "03", [3, -1, 5])

    write("secret", "01-single-nonzero", [-8])
    write("secret", "02-all-zeros", [0] * 7)
    write("secret", "03-zeros-already-at-end", [1, 2, 0, 0])
    write("secret", "04-zeros-at-start", [0, 0, 0, 9, 8, 7])
    write("secret", "05-extremes", [HI, 0, LO, 0, -1, 1])
    write("secret", "06-alternating", [0, 5] * 10)
    write("secret", "07-one-zero-in-middle", [4, 3, 2, 0, 2, 3, 4])
    write("secret", "08-repeated-values", [2, 0, 2, 2, 0, 0, 2, 1, 0, 2])
    write("secret", "09-small-random", with_zeros(rng, 30, 0.4, -9, 9))
    write("secret", "10-medium-random", with_zeros(rng, 3000, 0.3, LO, HI))
    write("secret", "11-medium-mostly-zeros", with_zeros(rng, 3000, 0.95, -100, 100))
    # Large.
    write("secret", "12-large-half-zeros", with_zeros(rng, MAXN, 0.5, -999, 999))
    write("secret", "13-large-zeros-first-half", [0] * (MAXN // 2) + with_zeros(rng, MAXN // 2, 0.0, -999, 999))
    write("secret", "14-large-no-zeros", with_zeros(rng, MAXN, 0.0, -99, 99))
    write("secret", "15-large-all-zeros-but-last", [0] * (MAXN - 1) + [LO])
    write("secret", "16-large-wide-values", with_zeros(rng, MAXN, 0.2, LO, HI))
    # more of the worst case for shifting the rest left at each zero (O(n * zeros) = 5 * 10^7)
    write("secret", "17-large-zeros-first-half-2", [0] * (MAXN // 2) + with_zeros(rng, MAXN // 2, 0.0, LO, HI))
    write("secret", "18-large-zeros-first-half-3", [0] * (MAXN // 2) + with_zeros(rng, MAXN // 2, 0.1, -9, 9))


if __name__ == "__main__":
    main()
