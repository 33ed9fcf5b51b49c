#!/usr/bin/env python3
"""Tests of `longest-consecutive-run` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed with a hash set, extending runs only from their smallest value (reference),
and checked with a second, independent method: an exhaustive search over every starting value on
the small tests, sorting the distinct values and scanning on all tests.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 100000
MAXV = 10**9


def reference(nums):
    s = set(nums)
    best = 0
    for x in s:
        if x - 1 not in s:
            y = x
            while y + 1 in s:
                y += 1
            best = max(best, y - x + 1)
    return best


def by_sorting(nums):
    vals = sorted(set(nums))
    best = cur = 0
    for i, v in enumerate(vals):
        cur = cur + 1 if i > 0 and vals[i - 1] == v - 1 else 1
        best = max(best, cur)
    return best


def brute(nums):
    best = 0
    for x in nums:
        length = 0
        while x + length in nums:
            length += 1
        best = max(best, length)
    return best


def check(nums):
    assert 0 <= len(nums) <= MAXN and all(-MAXV <= x <= MAXV for x in nums)
    ans = reference(nums)
    others = [by_sorting(nums)]
    if len(nums) <= 300:
        others.append(brute(nums))
    if any(o != ans for o in others):
        sys.exit("disagreement: %r vs %r" % (ans, others))
    return ans


def write(kind, name, nums, expect=None):
    ans = check(nums)
    if expect is not None and ans != expect:
        sys.exit("%s: expected %r by construction, got %r" % (name, expect, ans))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write("%d\n" % ans)


def runs(rng, lengths, lo, hi, gap=2):
    """Disjoint runs of the given lengths inside [lo, hi], separated by at least `gap` missing values."""
    total = sum(lengths) + gap * len(lengths)
    starts = sorted(rng.sample(range(lo, hi - total), len(lengths)))
    out, shift = [], 0
    for s, length in zip(starts, lengths):
        base = s + shift
        out.extend(range(base, base + length))
        shift += length + gap
    assert out[-1] <= hi
    return out


def main():
    rng = random.Random(20260414)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [50, 3, 90, 1, 4, 2], 4)
    write("sample", "02", [6, 6, 5, 7, 30, 8, 6], 4)
    write("sample", "03", [], 0)

    write("secret", "01-single", [-4], 1)
    write("secret", "02-all-equal", [9, 9, 9, 9], 1)
    write("secret", "03-two-values-gap", [1, 3], 1)
    write("secret", "04-across-zero", [2, -1, 0, 1, -2, 5, -3], 6)
    write("secret", "05-extremes", [MAXV, -MAXV, MAXV - 1, -MAXV + 1, MAXV - 2, 0], 3)
    write("secret", "06-two-runs-later-longer", [1, 2, 3, 10, 11, 12, 13, 14, 5], 5)
    write("secret", "07-duplicates-in-run", [4, 2, 3, 3, 2, 4, 1, 1], 4)
    write("secret", "08-descending", list(range(20, -20, -1)), 40)
    nums = [rng.randint(-15, 15) for _ in range(40)]
    write("secret", "09-small-random", nums)
    nums = [rng.randint(-200, 200) for _ in range(250)]
    write("secret", "10-small-dense", nums)
    nums = runs(rng, [rng.randint(1, 30) for _ in range(100)], -10**6, 10**6)
    nums += rng.sample(nums, 300)
    rng.shuffle(nums)
    write("secret", "11-medium-runs-duplicates", nums)
    # Large.
    nums = list(range(-MAXN // 2, MAXN // 2))
    rng.shuffle(nums)
    write("secret", "12-large-one-run", nums, MAXN)
    write("secret", "13-large-random-wide", [rng.randint(-MAXV, MAXV) for _ in range(MAXN // 2)])
    nums = runs(rng, [rng.randint(1, 2000) for _ in range(95)], -10**6, 10**6)
    nums = nums[:MAXN]
    rng.shuffle(nums)
    write("secret", "14-large-many-runs", nums)
    # Every even number: no two values are consecutive.
    nums = list(range(-80000, 80000, 2))
    rng.shuffle(nums)
    write("secret", "15-large-all-gaps", nums, 1)
    # One long run broken by a single missing value, plus many duplicates.
    base = [x for x in range(0, 60001) if x != 37123]
    nums = base + [rng.choice(base) for _ in range(MAXN - len(base))]
    rng.shuffle(nums)
    write("secret", "16-large-broken-run", nums, 37123)


if __name__ == "__main__":
    main()
