#!/usr/bin/env python3
"""Tests of `kth-largest-value` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed by sorting (reference) and checked with two independent methods on every
test: a size-k min-heap built with heapq, and the defining property
count(x > ans) < k <= count(x >= ans).
"""
import heapq
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 100000
MAXV = 10**4  # LeetCode 215: -10^4 <= nums[i] <= 10^4


def reference(nums, k):
    return sorted(nums, reverse=True)[k - 1]


def with_heap(nums, k):
    heap = nums[:k]
    heapq.heapify(heap)
    for x in nums[k:]:
        if x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]


def check(nums, k):
    n = len(nums)
    assert 1 <= k <= n <= MAXN
    assert all(-MAXV <= x <= MAXV for x in nums)
    ans = reference(nums, k)
    other = with_heap(nums, k)
    if ans != other:
        sys.exit("disagreement: %r vs %r" % (ans, other))
    greater = sum(1 for x in nums if x > ans)
    at_least = sum(1 for x in nums if x >= ans)
    assert greater < k <= at_least, "property check failed"
    return ans


def write(kind, name, nums, k):
    ans = check(nums, k)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n%d\n" % k)
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def main():
    rng = random.Random(20260414)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [8, 1, 14, 6, 11], 2)
    write("sample", "02", [4, 9, 9, 2, 9, 7], 3)
    write("sample", "03", [-3, -1, -2], 3)

    write("secret", "01-single", [42], 1)
    write("secret", "02-single-negative", [-MAXV], 1)
    write("secret", "03-k-is-one", [3, 17, -4, 17, 0], 1)
    write("secret", "04-k-is-n", [3, 17, -4, 17, 0], 5)
    write("secret", "05-all-equal", [6] * 9, 5)
    write("secret", "06-duplicates-count", [5, 5, 3, 1, 5, 3], 4)
    write("secret", "07-extremes", [MAXV, -MAXV, 0, MAXV, -MAXV], 3)
    nums = [rng.randint(-20, 20) for _ in range(50)]
    write("secret", "08-small-random-dups", nums, rng.randint(1, 50))
    nums = [rng.randint(-MAXV, MAXV) for _ in range(1000)]
    write("secret", "09-medium-random", nums, rng.randint(1, 1000))
    nums = list(range(2000, 0, -1))
    write("secret", "10-medium-descending", nums, 1000)
    # Large: k near n / 2, so repeatedly removing the maximum needs about n^2 / 4 steps.
    nums = [rng.randint(-MAXV, MAXV) for _ in range(50000)]
    write("secret", "11-large-full-range", nums, 25000)
    nums = [rng.randint(-10**4, 10**4) for _ in range(MAXN)]
    write("secret", "12-large-middle", nums, MAXN // 2)
    nums = [x % (2 * MAXV + 1) - MAXV for x in range(MAXN)]
    write("secret", "13-large-ascending", nums, MAXN // 2 + 1)
    nums = [rng.randint(0, 9) for _ in range(MAXN)]
    write("secret", "14-large-few-values", nums, rng.randint(MAXN // 3, 2 * MAXN // 3))
    nums = [rng.randint(-10**4, 10**4) for _ in range(MAXN)]
    write("secret", "15-large-k-n-minus-one", nums, MAXN - 1)


if __name__ == "__main__":
    main()
