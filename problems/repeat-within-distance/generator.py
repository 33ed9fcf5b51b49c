#!/usr/bin/env python3
"""Tests of `repeat-within-distance` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed with a map of last positions (reference) and checked with a second,
independent method: all pairs on the small tests, sorting (value, index) and looking at neighbours
with the same value on the large ones.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 100000
MAXV = 10**9


def reference(nums, k):
    last = {}
    for i, x in enumerate(nums):
        if x in last and i - last[x] <= k:
            return True
        last[x] = i
    return False


def brute(nums, k):
    n = len(nums)
    return any(nums[i] == nums[j] and j - i <= k for i in range(n) for j in range(i + 1, n))


def by_sorting(nums, k):
    order = sorted(range(len(nums)), key=lambda i: (nums[i], i))
    return any(nums[a] == nums[b] and b - a <= k for a, b in zip(order, order[1:]))


def check(nums, k):
    assert 1 <= len(nums) <= MAXN and 0 <= k <= MAXN
    assert all(-MAXV <= x <= MAXV for x in nums)
    ans = reference(nums, k)
    other = brute(nums, k) if len(nums) <= 2000 else by_sorting(nums, k)
    if ans != other:
        sys.exit("disagreement: %r vs %r" % (ans, other))
    return ans


def write(kind, name, nums, k, expect=None):
    ans = check(nums, k)
    if expect is not None and ans != expect:
        sys.exit("%s: expected %r by construction, got %r" % (name, expect, ans))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n%d\n" % k)
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")


def periodic(rng, n, period, lo, hi):
    """Values repeating with exactly `period` positions between equal values."""
    base = rng.sample(range(lo, hi), period)
    return [base[i % period] for i in range(n)]


def main():
    rng = random.Random(20260412)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [7, 3, 5, 7], 3, True)
    write("sample", "02", [7, 3, 5, 7], 2, False)
    write("sample", "03", [2, 8, 8, 4], 1, True)

    write("secret", "01-single", [5], 0, False)
    write("secret", "02-k-zero", [4, 4, 4], 0, False)
    write("secret", "03-adjacent-k1", [1, 2, 3, 3], 1, True)
    write("secret", "04-k-larger-than-n", [-9, 0, 6, -9], 100000, True)
    write("secret", "05-all-distinct", [10, -20, 30, -40, 50, -60], 6, False)
    write("secret", "06-extremes", [MAXV, -MAXV, 0, -MAXV, MAXV], 1, False)
    write("secret", "07-extremes-true", [MAXV, -MAXV, 0, -MAXV, MAXV], 2, True)
    # The first repeat of a value is too far, the second one is close enough.
    write("secret", "08-later-occurrence", [1, 2, 3, 1, 4, 5, 1], 3, True)
    write("secret", "09-just-too-far", [1, 2, 3, 1, 4, 5, 6, 1], 2, False)
    nums = [rng.randint(-30, 30) for _ in range(200)]
    write("secret", "10-small-random", nums, 1)
    write("secret", "11-periodic-exact", periodic(rng, 2000, 37, -MAXV, MAXV), 37, True)
    write("secret", "12-periodic-one-short", periodic(rng, 2000, 37, -MAXV, MAXV), 36, False)
    # Large. Distinct values and a huge k: a check of the next k positions is quadratic.
    nums = rng.sample(range(-60000, 60000), MAXN)
    write("secret", "13-large-distinct", nums, MAXN, False)
    # Distinct values except the last two positions, which repeat one value.
    nums = rng.sample(range(-60000, 60000), MAXN - 1)
    nums.append(nums[-1])
    nums[-2], nums[-3] = nums[-3], nums[-2]
    write("secret", "14-large-repeat-at-end", nums, MAXN - 1, True)
    # Equal values exactly period apart, k one less.
    write("secret", "15-large-periodic-false", periodic(rng, MAXN, 50000, -60000, 60000), 49999, False)
    nums = periodic(rng, MAXN, 50000, -60000, 60000)
    nums[-1] = nums[-2]
    write("secret", "16-large-periodic-last", nums, 49999, True)


if __name__ == "__main__":
    main()
