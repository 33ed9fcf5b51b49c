#!/usr/bin/env python3
"""Writes data/ for `longest-increasing-subsequence` (fixed seed) and checks every answer twice.

Reference: patience sorting (tails[k] = smallest possible last value of an increasing
subsequence of length k + 1, updated with bisect_left).
Check: on small and medium tests the O(n^2) dynamic programme over end positions, on tiny
tests a brute force over every subset of positions, and on every test an independent O(n log n)
method: a Fenwick tree over the ranks of the values, giving for each element the best length
ending at a strictly smaller value seen before it.
"""
import bisect
import itertools
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 2500  # LeetCode 300: 1 <= n <= 2500, -10^4 <= nums[i] <= 10^4
MAXV = 10**4


def patience(nums):
    tails = []
    for x in nums:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def fenwick(nums):
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    size = len(ranks)
    tree = [0] * (size + 1)
    best = 0
    for x in nums:
        r = ranks[x]
        # best length ending at a value of rank < r
        i, got = r - 1, 0
        while i > 0:
            if tree[i] > got:
                got = tree[i]
            i -= i & -i
        cur = got + 1
        best = max(best, cur)
        i = r
        while i <= size:
            if tree[i] < cur:
                tree[i] = cur
            i += i & -i
    return best


def quadratic(nums):
    dp = []
    for i, x in enumerate(nums):
        dp.append(1 + max((dp[j] for j in range(i) if nums[j] < x), default=0))
    return max(dp)


def brute(nums):
    n = len(nums)
    for k in range(n, 0, -1):
        for idx in itertools.combinations(range(n), k):
            if all(nums[idx[t]] < nums[idx[t + 1]] for t in range(k - 1)):
                return k
    return 0


def write(kind, name, nums):
    assert 1 <= len(nums) <= MAXN and all(-MAXV <= x <= MAXV for x in nums)
    ans = patience(nums)
    if fenwick(nums) != ans:
        sys.exit("%s/%s: patience sorting and Fenwick tree disagree" % (kind, name))
    if len(nums) <= 2000 and quadratic(nums) != ans:
        sys.exit("%s/%s: patience sorting and O(n^2) DP disagree" % (kind, name))
    if len(nums) <= 15 and brute(nums) != ans:
        sys.exit("%s/%s: patience sorting and brute force disagree" % (kind, name))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def rand_list(rng, n, lo, hi):
    return [rng.randint(lo, hi) for _ in range(n)]


def main():
    rng = random.Random(20260316)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", [5, 1, 6, 2, 7, 3, 4])
    write("sample", "02", [3, 3, 3])
    write("sample", "03", [8, 6, 4, 2])

    write("secret", "01-single", [42])
    write("secret", "02-two-increasing", [-MAXV, MAXV])
    write("secret", "03-two-equal", [7, 7])
    # Equal values must not extend each other: the answer is 3 (1, 2, 3), not 6.
    write("secret", "04-plateaus", [1, 1, 2, 2, 3, 3])
    # Taking the smallest first element greedily is wrong here.
    write("secret", "05-late-better-start", [10, 11, 12, 1, 2, 3, 4])
    write("secret", "06-zigzag", [1, 5, 2, 6, 3, 7, 4, 8])
    write("secret", "07-random-tiny", rand_list(rng, 12, -5, 5))
    write("secret", "08-random-tiny-distinct", rng.sample(range(-100, 100), 15))
    write("secret", "09-random-small", rand_list(rng, 300, -MAXV, MAXV))
    write("secret", "10-random-medium-repeats", rand_list(rng, 2000, 0, 50))
    write("secret", "11-random-medium", rand_list(rng, 2000, -1000, 1000))
    answers = []
    # Large tests: n = 2500, LeetCode's largest (an O(n^2) DP is fine, as on LeetCode).
    answers.append(write("secret", "12-large-random", rand_list(rng, MAXN, -MAXV, MAXV)))
    answers.append(write("secret", "13-large-increasing", list(range(-MAXN // 2, MAXN // 2))))
    # Non-decreasing with many equal neighbours: the answer is the number of distinct values.
    answers.append(write("secret", "14-large-nondecreasing", sorted(rand_list(rng, MAXN, 0, 3000))))
    # Blocks of 100 decreasing values, blocks increasing: the answer is the number of blocks.
    answers.append(write("secret", "15-large-decreasing-blocks",
                         [100 * blk + 99 - k for blk in range(MAXN // 100) for k in range(100)]))
    print("large answers:", answers)


if __name__ == "__main__":
    main()
