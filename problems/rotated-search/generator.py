#!/usr/bin/env python3
"""Tests of `rotated-search` (fixed seed). Run: /usr/bin/python3 generator.py

Every `nums` is a strictly increasing array of distinct values rotated by some k. The answer is
computed with a binary search (reference) and checked with an independent method: a linear scan
(`list.index`) on every test. The input itself is validated: distinct values, and at most one
"descent" (the rotation point), with nums[-1] < nums[0] when there is one.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 5000  # LeetCode 33: 1 <= n <= 5000, -10^4 <= nums[i], target <= 10^4, distinct
MAXV = 10**4


def reference(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:            # left half sorted
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:                                 # right half sorted
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


def linear(nums, target):
    return nums.index(target) if target in nums else -1


def validate(nums, target):
    n = len(nums)
    assert 1 <= n <= MAXN
    assert all(-MAXV <= x <= MAXV for x in nums) and -MAXV <= target <= MAXV
    assert len(set(nums)) == n, "values not distinct"
    descents = sum(1 for i in range(n - 1) if nums[i] > nums[i + 1])
    assert descents <= 1, "not a rotated sorted array"
    if descents == 1:
        assert nums[-1] < nums[0], "not a rotated sorted array"


def check(nums, target):
    validate(nums, target)
    ans = reference(nums, target)
    other = linear(nums, target)
    if ans != other:
        sys.exit("disagreement: %r vs %r" % (ans, other))
    return ans


def write(kind, name, nums, target):
    ans = check(nums, target)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n%d\n" % target)
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def rotated(rng, n, lo, hi, k=None):
    vals = sorted(rng.sample(range(lo, hi + 1), n))
    if k is None:
        k = rng.randrange(n)
    return vals[n - k:] + vals[:n - k] if k else vals


def absent(rng, nums, lo, hi):
    s = set(nums)
    while True:
        t = rng.randint(lo, hi)
        if t not in s:
            return t


def main():
    rng = random.Random(20260412)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [11, 14, 2, 5, 8], 5)
    write("sample", "02", [30, 40, 10, 20], 25)
    write("sample", "03", [7], 7)

    write("secret", "01-single-absent", [7], -3)
    write("secret", "02-two-rotated", [9, 4], 4)
    write("secret", "03-two-rotated-first", [9, 4], 9)
    write("secret", "04-not-rotated", [1, 3, 5, 7, 9, 11], 11)
    write("secret", "05-rotated-by-one", [20, 2, 4, 6, 8, 10, 12], 20)
    write("secret", "06-rotated-by-n-minus-one", [4, 6, 8, 10, 12, 20, 2], 2)
    write("secret", "07-extremes", [MAXV - 1, MAXV, -MAXV, -5, 0], -MAXV)
    write("secret", "08-between-halves", [50, 60, 70, 10, 20, 30], 40)
    write("secret", "09-below-all", [50, 60, 70, 10, 20, 30], -MAXV)
    write("secret", "10-above-all", [50, 60, 70, 10, 20, 30], MAXV)
    nums = rotated(rng, 60, -100, 100)
    write("secret", "11-small-random-present", nums, rng.choice(nums))
    nums = rotated(rng, 60, -100, 100)
    write("secret", "12-small-random-absent", nums, absent(rng, nums, -100, 100))
    nums = rotated(rng, 2000, -MAXV, MAXV)
    write("secret", "13-medium-pivot", nums, nums[rng.randrange(2000)])
    # Every value of a small array in turn is tested by the brute force above; here do a few
    # positions near the rotation point of a medium array as separate tests.
    nums = rotated(rng, 5000, -MAXV, MAXV, k=1234)
    write("secret", "14-medium-at-pivot", nums, nums[1234])
    write("secret", "15-medium-before-pivot", nums, nums[1233])
    # Large.
    nums = rotated(rng, MAXN, -MAXV, MAXV, k=rng.randrange(1, MAXN))
    write("secret", "16-large-present", nums, nums[rng.randrange(MAXN)])
    nums = rotated(rng, MAXN, -MAXV, MAXV, k=MAXN // 2 + 17)
    write("secret", "17-large-absent", nums, absent(rng, nums, -MAXV, MAXV))
    nums = rotated(rng, MAXN, -MAXV, MAXV, k=0)
    write("secret", "18-large-unrotated-last", nums, nums[-1])


if __name__ == "__main__":
    main()
