#!/usr/bin/env python3
"""Writes data/ for merge-sorted-chains (fixed seed) and checks every answer twice."""
import json
import os
import random
import shutil
import sys

rng = random.Random(5550123)
MAXN = 50  # LeetCode 21: each list has 0 to 50 nodes, -100 <= Node.val <= 100
LO, HI = -100, 100


class Node:
    __slots__ = ("val", "next")

    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt


def build(vals):
    head = None
    for v in reversed(vals):
        head = Node(v, head)
    return head


def solve(a, b):
    """Reference: splice the two chains together, always taking the smaller front node."""
    x, y = build(a), build(b)
    dummy = tail = Node(0)
    while x and y:
        if x.val <= y.val:
            tail.next, x = x, x.next
        else:
            tail.next, y = y, y.next
        tail = tail.next
    tail.next = x or y
    out = []
    node = dummy.next
    while node:
        out.append(node.val)
        node = node.next
    return out


def second(a, b):
    """Second method: sort all the values together."""
    return sorted(a + b)


def sorted_rand(n, lo=LO, hi=HI):
    return sorted(rng.randint(lo, hi) for _ in range(n))


tests = []
tests.append(("sample/01", [1, 3, 5], [2, 4, 6]))
tests.append(("sample/02", [], [0]))
tests.append(("sample/03", [], []))
tests.append(("secret/01-first-empty", [], [-3, -1, 4, 4, 9]))
tests.append(("secret/02-second-empty", [2, 2, 7], []))
tests.append(("secret/03-single-each", [5], [-5]))
tests.append(("secret/04-all-first-smaller", [1, 2, 3], [10, 20, 30, 40]))
tests.append(("secret/05-all-second-smaller", [10, 20, 30, 40], [1, 2, 3]))
tests.append(("secret/06-equal-values", [4, 4, 4], [4, 4]))
tests.append(("secret/07-one-inside-other", [-50, 100], [-10, 0, 10, 20]))
tests.append(("secret/08-extremes", [LO, 0, HI], [LO, HI, HI]))
tests.append(("secret/09-small-random", sorted_rand(7, -20, 20), sorted_rand(9, -20, 20)))
tests.append(("secret/10-medium-random", sorted_rand(20), sorted_rand(30)))
tests.append(("secret/11-medium-uneven", sorted_rand(45, LO, HI), sorted_rand(5, LO, HI)))
tests.append(("secret/12-large-random", sorted_rand(MAXN), sorted_rand(MAXN)))
tests.append(("secret/13-large-disjoint", sorted_rand(MAXN, 0, 99), sorted_rand(MAXN, -99, -1)))
tests.append(("secret/14-large-one-empty", sorted_rand(MAXN, -99, 99), []))
same = sorted_rand(MAXN // 2, -99, 99)
tests.append(("secret/15-large-identical", same, same[:]))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "data")
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(os.path.join(data, "sample"))
    os.makedirs(os.path.join(data, "secret"))
    for name, a, b in tests:
        for v in (a, b):
            assert 0 <= len(v) <= MAXN and v == sorted(v) and all(LO <= x <= HI for x in v), name
        ans = solve(a, b)
        if ans != second(a, b):
            sys.exit(f"{name}: reference disagrees with sorting")
        with open(os.path.join(data, name + ".in"), "w") as f:
            f.write(json.dumps(a, separators=(",", ":")) + "\n")
            f.write(json.dumps(b, separators=(",", ":")) + "\n")
        with open(os.path.join(data, name + ".ans"), "w") as f:
            f.write(json.dumps(ans, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests")


if __name__ == "__main__":
    main()
