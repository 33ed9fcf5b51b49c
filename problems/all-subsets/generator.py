#!/usr/bin/env python3
"""Writes data/ for `all-subsets` (fixed seed) and checks every answer twice.

Reference: backtracking over the sorted values (each value taken or skipped in turn).
Check: an independent enumeration of the bit masks 0 .. 2^n - 1 (bit i = i-th sorted value),
compared as sets; and properties: exactly 2^n subsets, no repeats, each one increasing and
made of values of nums.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10  # LeetCode 78: 1 <= n <= 10, -10 <= nums[i] <= 10, all distinct
MAXV = 10


def backtrack(nums):
    vals = sorted(nums)
    out = []
    cur = []

    def go(i):
        if i == len(vals):
            out.append(list(cur))
            return
        go(i + 1)
        cur.append(vals[i])
        go(i + 1)
        cur.pop()

    go(0)
    return out


def by_masks(nums):
    vals = sorted(nums)
    n = len(vals)
    return {tuple(vals[i] for i in range(n) if mask >> i & 1) for mask in range(1 << n)}


def write(kind, name, nums):
    assert 1 <= len(nums) <= MAXN and len(set(nums)) == len(nums)
    assert all(-MAXV <= x <= MAXV for x in nums)
    ans = backtrack(nums)
    ts = [tuple(s) for s in ans]
    if len(ts) != 2 ** len(nums) or len(set(ts)) != len(ts):
        sys.exit("%s/%s: wrong number of subsets or repeats" % (kind, name))
    if any(list(t) != sorted(set(t)) or not set(t) <= set(nums) for t in ts):
        sys.exit("%s/%s: a subset is not increasing or has foreign values" % (kind, name))
    if set(ts) != by_masks(nums):
        sys.exit("%s/%s: backtracking and bit masks disagree" % (kind, name))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, separators=(",", ":")) + "\n")
    return len(ans)


def distinct(rng, n, lo=-MAXV, hi=MAXV):
    return rng.sample(range(lo, hi + 1), n)


def main():
    rng = random.Random(20260313)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", [1, 2, 3])
    write("sample", "02", [0])
    write("sample", "03", [5, -2])

    write("secret", "01-single-negative", [-10])
    write("secret", "02-single-max", [10])
    write("secret", "03-two-sorted", [1, 2])
    write("secret", "04-decreasing", [9, 7, 4, 0, -3])
    write("secret", "05-unsorted", [3, -1, 8, 2])
    write("secret", "06-with-zero", [0, -5, 5, 10])
    write("secret", "07-extremes", [-10, 10, 0, -9, 9])
    write("secret", "08-random-6", distinct(rng, 6))
    write("secret", "09-random-7", distinct(rng, 7))
    write("secret", "10-random-8", distinct(rng, 8))
    write("secret", "11-random-9", distinct(rng, 9))
    write("secret", "12-random-10", distinct(rng, 10))
    write("secret", "13-large-increasing", list(range(1, MAXN + 1)))
    write("secret", "14-large-decreasing", list(range(MAXN, -MAXN, -2)))
    write("secret", "15-large-random", distinct(rng, MAXN))
    write("secret", "16-large-negative", distinct(rng, MAXN, -MAXV, -1))
    write("secret", "17-large-random-9", distinct(rng, 9))


if __name__ == "__main__":
    main()
