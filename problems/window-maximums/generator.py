#!/usr/bin/env python3
"""Writes data/ for `window-maximums` (fixed seed) and checks every answer twice.

Reference: a monotonic deque of indices (values decreasing from front to back).
Check: an independent block method (split into blocks of k; the maximum of a window is
max(suffix maximum of its first block, prefix maximum of its second block)) on every test, and
a direct max over every window on small tests.
"""
import json
import os
import random
import shutil
import sys
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10**5
MAXV = 10**4


def with_deque(nums, k):
    dq = deque()
    out = []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out


def blocks(nums, k):
    n = len(nums)
    pre = [0] * n
    suf = [0] * n
    for i in range(n):
        pre[i] = nums[i] if i % k == 0 else max(pre[i - 1], nums[i])
    for i in range(n - 1, -1, -1):
        suf[i] = nums[i] if i == n - 1 or (i + 1) % k == 0 else max(suf[i + 1], nums[i])
    return [max(suf[i], pre[i + k - 1]) for i in range(n - k + 1)]


def direct(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]


def write(kind, name, nums, k):
    n = len(nums)
    assert 1 <= n <= MAXN and 1 <= k <= n and all(-MAXV <= x <= MAXV for x in nums)
    ans = with_deque(nums, k)
    if len(ans) != n - k + 1 or ans != blocks(nums, k):
        sys.exit("%s/%s: deque and blocks disagree" % (kind, name))
    if n * k <= 10**6 and ans != direct(nums, k):
        sys.exit("%s/%s: deque and direct maximum disagree" % (kind, name))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n%d\n" % k)
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, separators=(",", ":")) + "\n")


def main():
    rng = random.Random(20260305)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", [4, -2, 5, 1, 1, 0, 7, 3], 3)
    write("sample", "02", [9], 1)
    write("sample", "03", [2, 8, 6], 3)

    write("secret", "01-k-one", [5, -3, 0, 10000, -10000], 1)
    write("secret", "02-k-equals-n", [3, 1, 4, 1, 5, 9, 2, 6], 8)
    write("secret", "03-all-negative", [-5, -1, -9, -3, -7, -2], 2)
    write("secret", "04-increasing", list(range(-20, 21)), 5)
    write("secret", "05-decreasing", list(range(20, -21, -1)), 5)
    # Equal values: popping only strictly smaller ones must not lose the maximum.
    write("secret", "06-equal-values", [7, 7, 3, 7, 7, 7, 1, 7], 3)
    write("secret", "07-max-leaves-window", [10, 1, 2, 3, 4, 5, 0], 3)
    write("secret", "08-random-small", [rng.randint(-10, 10) for _ in range(50)], 4)
    write("secret", "09-random-medium", [rng.randint(-MAXV, MAXV) for _ in range(2000)], 37)
    write("secret", "10-random-medium-wide", [rng.randint(-MAXV, MAXV) for _ in range(3000)], 1500)
    write("secret", "11-sawtooth", [(i % 50) - 25 for i in range(3000)], 49)
    write("secret", "12-two-values", [rng.choice([-MAXV, MAXV]) for _ in range(1000)], 10)
    # Large tests: with k = n / 2, a scan of every window costs 2.5 * 10^9 steps.
    n, k = MAXN, MAXN // 2
    write("secret", "13-large-random", [rng.randint(-MAXV, MAXV) for _ in range(n)], k)
    # Non-increasing: the deque holds a whole window and the maximum changes at every step.
    write("secret", "14-large-non-increasing", [MAXV - i // 20 for i in range(n)], k)
    write("secret", "15-large-non-decreasing", [i // 1000 for i in range(n)], k)
    write("secret", "16-large-small-values", [rng.randint(0, 99) for _ in range(n)], k - 1)
    write("secret", "17-large-k-equals-n", [rng.randint(0, 9) for _ in range(n - 1)] + [MAXV], n)


if __name__ == "__main__":
    main()
