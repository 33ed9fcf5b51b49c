#!/usr/bin/env python3
"""Tests of `fewest-coins` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed with a bottom-up DP over amounts (reference) and checked independently on
every test by a breadth-first search from 0 over reachable amounts (the number of coins is the BFS
depth), and on small amounts by trying every multiset of coins (brute force).
"""
import json
import os
import random
import shutil
import sys
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
MAXC = 2**31 - 1
MAXA = 10**4
INF = float("inf")


def reference(coins, amount):
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return -1 if best[amount] == INF else best[amount]


def bfs(coins, amount):
    depth = {0: 0}
    queue = deque([0])
    while queue:
        a = queue.popleft()
        if a == amount:
            return depth[a]
        for c in coins:
            b = a + c
            if b <= amount and b not in depth:
                depth[b] = depth[a] + 1
                queue.append(b)
    return -1


def brute(coins, amount):
    """Every multiset of coins, by counts of each coin type in turn."""
    best = INF

    def go(i, left, used):
        nonlocal best
        if left == 0:
            best = min(best, used)
            return
        if i == len(coins) or used >= best:
            return
        c = coins[i]
        for k in range(left // c, -1, -1):
            go(i + 1, left - k * c, used + k)

    go(0, amount, 0)
    return -1 if best == INF else best


def check(coins, amount):
    assert 1 <= len(coins) <= 12 and len(set(coins)) == len(coins)
    assert all(1 <= c <= MAXC for c in coins) and 0 <= amount <= MAXA
    ans = reference(coins, amount)
    if ans != bfs(coins, amount):
        sys.exit("disagreement (bfs)")
    if amount <= 60 and ans != brute(coins, amount):
        sys.exit("disagreement (brute)")
    return ans


def write(kind, name, coins, amount):
    ans = check(coins, amount)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(coins, separators=(",", ":")) + "\n%d\n" % amount)
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def main():
    rng = random.Random(20260418)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [1, 2, 5], 11)
    write("sample", "02", [1, 3, 4], 6)
    write("sample", "03", [2], 3)

    write("secret", "01-zero-amount", [3, 7], 0)
    write("secret", "02-single-coin-exact", [7], 56)
    write("secret", "03-impossible-small", [4, 6], 7)
    write("secret", "04-greedy-fails", [9, 6, 5, 1], 11)
    write("secret", "05-coins-above-amount", [50, 80, 99], 49)
    write("secret", "06-huge-coin-only", [MAXC], MAXA)
    write("secret", "07-huge-coin-and-one", [1, MAXC], MAXA)
    write("secret", "08-huge-coins-and-small", [MAXC, MAXC - 1, 3, 10], 9998)
    coins = rng.sample(range(1, 30), 4)
    write("secret", "09-small-random", coins, rng.randint(30, 60))
    write("secret", "10-only-ones-max", [1], MAXA)
    write("secret", "11-even-coins-odd-amount", [2, 4, 8, 16, 64, 512], MAXA - 1)
    write("secret", "12-large-greedy-trap", [1, 500, 700, 1000], MAXA - 200)
    coins = rng.sample(range(1, 2000), 12)
    write("secret", "13-large-random-twelve", coins, rng.randint(MAXA // 2, MAXA))
    write("secret", "14-large-coprime-pair", [97, 89], MAXA - 1)
    write("secret", "15-largest-unreachable", [6, 10, 15], 29)
    write("secret", "16-large-unreachable-residue", [3, 6, 9, 300], MAXA)
    write("secret", "17-large-many-small", [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37], MAXA)
    write("secret", "18-large-mixed", [186, 419, 83, 408], 6249)


if __name__ == "__main__":
    main()
