#!/usr/bin/env python3
"""Tests of `pair-with-target` (fixed seed). Run: /usr/bin/python3 generator.py

Every test has exactly one pair i < j with nums[i] + nums[j] == target. The answer is computed with
a hash map (reference) and checked with a second, independent method: a brute force over all pairs
on the small tests, sorting + two pointers on the large ones; the uniqueness of the pair is checked
by counting all pairs with the target sum from value counts.
"""
import collections
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10**4  # LeetCode 1: 2 <= nums.length <= 10^4, values and target in [-10^9, 10^9]
MAXV = 10**9


def reference(nums, target):
    seen = {}
    for j, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], j]
        if x not in seen:
            seen[x] = j
    return None


def brute(nums, target):
    found = []
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                found.append([i, j])
    assert len(found) == 1, found
    return found[0]


def two_pointers(nums, target):
    order = sorted(range(len(nums)), key=lambda i: nums[i])
    lo, hi = 0, len(order) - 1
    while lo < hi:
        s = nums[order[lo]] + nums[order[hi]]
        if s == target:
            return sorted([order[lo], order[hi]])
        if s < target:
            lo += 1
        else:
            hi -= 1
    return None


def count_pairs(nums, target):
    cnt = collections.Counter(nums)
    total = 0
    for v, c in cnt.items():
        w = target - v
        if w == v:
            total += c * (c - 1)
        elif w in cnt:
            total += c * cnt[w]
    return total // 2


def check(nums, target):
    assert 2 <= len(nums) <= MAXN
    assert all(-MAXV <= x <= MAXV for x in nums) and -MAXV <= target <= MAXV
    ans = reference(nums, target)
    assert count_pairs(nums, target) == 1, "pair not unique"
    other = brute(nums, target) if len(nums) <= 2000 else two_pointers(nums, target)
    if ans != other:
        sys.exit("disagreement: %r vs %r" % (ans, other))
    return ans


def build(rng, n, lo, hi, target=None, positions=None, pair=None):
    """n values in [lo, hi] with exactly one pair summing to target, at the given positions."""
    if pair is None:
        while True:
            a = rng.randint(lo, hi)
            t = target if target is not None else rng.randint(max(-MAXV, lo + lo), min(MAXV, hi + hi))
            b = t - a
            if lo <= b <= hi:
                break
        pair = (a, b)
    target = pair[0] + pair[1]
    multiset = collections.Counter(pair)
    others = []
    while len(others) < n - 2:
        x = rng.randint(lo, hi)
        if multiset[target - x] > 0:
            continue
        multiset[x] += 1
        others.append(x)
    rng.shuffle(others)
    if positions is None:
        positions = sorted(rng.sample(range(n), 2))
    i, j = positions
    nums = []
    it = iter(others)
    for k in range(n):
        if k == i:
            nums.append(pair[0])
        elif k == j:
            nums.append(pair[1])
        else:
            nums.append(next(it))
    return nums, target


def write(kind, name, nums, target):
    ans = check(nums, target)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n%d\n" % target)
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, separators=(",", ":")) + "\n")


def main():
    rng = random.Random(20260411)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [4, 9, 13, 2], 15)
    write("sample", "02", [5, -3, 5, 8], 10)
    write("sample", "03", [1, 6], 7)

    write("secret", "01-two-elements-negative", [-7, -8], -15)
    write("secret", "02-zero-target", [3, 0, -4, 9, 4, 11], 0)
    write("secret", "03-same-value-pair", [6, 1, 3, 9, 3], 6)
    # The first element is itself half of the target: it must not be paired with itself.
    write("secret", "04-half-not-self", [5, 2, 8, 7], 10)
    write("secret", "05-extremes", [MAXV, 3, -MAXV, 12, 5], 0)
    write("secret", "06-max-target", [MAXV - 1, 17, 1, -5, 40], MAXV)
    write("secret", "07-min-target", [-1, -MAXV + 1, 2, -MAXV, 9], -MAXV)
    nums, t = build(rng, 30, -50, 50)
    write("secret", "08-small-random", nums, t)
    nums, t = build(rng, 200, -20, 20)
    write("secret", "09-many-duplicates", nums, t)
    nums, t = build(rng, 1000, -10**6, 10**6)
    write("secret", "10-medium-random", nums, t)
    nums, t = build(rng, 2000, -MAXV, MAXV, positions=(0, 1999))
    write("secret", "11-first-and-last", nums, t)
    nums, t = build(rng, 2000, 0, 3000)
    write("secret", "12-medium-dense", nums, t)
    # Large: the pair sits at the very end, so a quadratic scan over all pairs does ~n^2/2 work.
    nums, t = build(rng, MAXN, -MAXV, MAXV, positions=(MAXN - 2, MAXN - 1))
    write("secret", "13-large-pair-at-end", nums, t)
    nums, t = build(rng, MAXN, -300000, 300000, positions=(MAXN - 3, MAXN - 1))
    write("secret", "14-large-dense-end", nums, t)
    nums, t = build(rng, MAXN, 0, 99999, positions=(MAXN - 2, MAXN - 1), pair=(50000, 50000))
    write("secret", "15-large-half-target", nums, t)
    nums, t = build(rng, MAXN, -99999, 99999, positions=(rng.randint(MAXN // 2, MAXN - 10), MAXN - 1))
    write("secret", "16-large-late-pair", nums, t)


if __name__ == "__main__":
    main()
