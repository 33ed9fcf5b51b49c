#!/usr/bin/env python3
"""Writes data/ for `zero-sum-triplets` (fixed seed) and checks every answer twice.

Reference: sort, then for each first value a two-pointer scan over the rest (skipping duplicates).
Check: on small tests every combination of three positions (itertools.combinations); on every
test an independent count-based method over the distinct values (a <= b <= c, c looked up in a
Counter, multiplicities checked). Both must give the same set, and every triplet must be sorted,
sum to zero and appear once.
"""
import itertools
import json
import os
import random
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 3000
MAXV = 10**5


def two_pointers(nums):
    a = sorted(nums)
    n = len(a)
    out = []
    for i in range(n - 2):
        if a[i] > 0:
            break
        if i > 0 and a[i] == a[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append([a[i], a[lo], a[hi]])
                lo += 1
                while lo < hi and a[lo] == a[lo - 1]:
                    lo += 1
                hi -= 1
    return out


def by_counts(nums):
    cnt = Counter(nums)
    vals = sorted(cnt)
    out = set()
    for i, a in enumerate(vals):
        for b in vals[i:]:
            c = -a - b
            if c < b:
                break
            if c not in cnt:
                continue
            need = Counter([a, b, c])
            if all(cnt[v] >= k for v, k in need.items()):
                out.add((a, b, c))
    return out


def brute(nums):
    return {tuple(sorted(t)) for t in itertools.combinations(nums, 3) if sum(t) == 0}


def write(kind, name, nums):
    assert 3 <= len(nums) <= MAXN and all(-MAXV <= x <= MAXV for x in nums)
    ans = two_pointers(nums)
    ts = [tuple(t) for t in ans]
    if len(set(ts)) != len(ts) or any(list(t) != sorted(t) or sum(t) != 0 for t in ts):
        sys.exit("%s/%s: reference answer is not canonical" % (kind, name))
    check = by_counts(nums)
    if set(ts) != check:
        sys.exit("%s/%s: two pointers and counts disagree" % (kind, name))
    if len(nums) <= 150 and set(ts) != brute(nums):
        sys.exit("%s/%s: two pointers and brute force disagree" % (kind, name))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, separators=(",", ":")) + "\n")
    return len(ans)


def main():
    rng = random.Random(20260303)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", [3, -1, 0, -2, 2, -1, 1])
    write("sample", "02", [4, 1, 2])
    write("sample", "03", [0, 0, 0, 0])

    write("secret", "01-three-zeros", [0, 0, 0])
    write("secret", "02-one-triplet", [-7, 3, 4])
    write("secret", "03-no-triplet", [-1, -2, -3, 5, 7])
    # -4 with 2 and 2 needs two copies of 2; -6 with 3 and 3 needs two copies of 3 (there is one).
    write("secret", "04-needs-two-copies", [2, -4, 2, 3, -6, 1])
    write("secret", "05-two-zeros-only", [0, 0, 1, -2])
    write("secret", "06-many-duplicates", [-1] * 10 + [2] * 10 + [0] * 2 + [1] * 5)
    write("secret", "07-extremes", [MAXV, -MAXV, 0, MAXV // 2, MAXV // 2, -MAXV, MAXV])
    write("secret", "08-all-positive", [rng.randint(1, 50) for _ in range(40)])
    write("secret", "09-random-small", [rng.randint(-10, 10) for _ in range(30)])
    write("secret", "10-random-small", [rng.randint(-30, 30) for _ in range(100)])
    write("secret", "11-random-medium", [rng.randint(-MAXV, MAXV) for _ in range(150)])
    write("secret", "12-random-medium", [rng.randint(-2000, 2000) for _ in range(800)])
    write("secret", "13-pairs-and-zeros",
          [0] * 5 + [x for v in rng.sample(range(1, MAXV), 200) for x in (v, -v)])
    # Large tests: n = 3000, about 4.5 * 10^9 combinations of three positions each.
    counts = []
    counts.append(write("secret", "14-large-random", [rng.randint(-MAXV, MAXV) for _ in range(MAXN)]))
    # All odd: three odd numbers never sum to zero, so the answer is empty.
    counts.append(write("secret", "15-large-all-odd",
                        [2 * rng.randint(-MAXV // 2, MAXV // 2 - 1) + 1 for _ in range(MAXN)]))
    counts.append(write("secret", "16-large-duplicates", [rng.randint(-100, 100) for _ in range(MAXN)]))
    counts.append(write("secret", "17-large-zeros-and-pairs",
                        [0] * 1000 + [x for v in rng.sample(range(1, MAXV + 1), 1000) for x in (v, -v)]))
    # Mostly positive values and a few negative ones: only a handful of triplets.
    few = [rng.randint(1, MAXV // 2) for _ in range(MAXN - 12)] + [-rng.randint(2, MAXV) for _ in range(12)]
    rng.shuffle(few)
    counts.append(write("secret", "18-large-few-negatives", few))
    # Distinct values that are 1 modulo 4: any three sum to 3 modulo 4, never zero.
    counts.append(write("secret", "19-large-one-mod-four",
                        [4 * v + 1 for v in rng.sample(range(-MAXV // 4, MAXV // 4), MAXN)]))
    # Odd values close to zero, many repeated: still no triplet.
    counts.append(write("secret", "20-large-odd-near-zero",
                        [2 * rng.randint(-1500, 1499) + 1 for _ in range(MAXN)]))
    print("large answers:", counts)


if __name__ == "__main__":
    main()
