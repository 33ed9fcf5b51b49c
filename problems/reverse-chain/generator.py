#!/usr/bin/env python3
"""Writes data/ for reverse-chain (fixed seed) and checks every answer twice."""
import json
import os
import random
import shutil
import sys

rng = random.Random(99887766)
MAXN = 5000  # LeetCode 206: at most 5000 nodes, values in [-5000, 5000]
LO, HI = -5000, 5000


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


def to_list(head):
    out = []
    while head:
        out.append(head.val)
        head = head.next
    return out


def solve(vals):
    """Reference: build the chain and turn every link around, walking once."""
    prev, cur = None, build(vals)
    while cur:
        cur.next, prev, cur = prev, cur, cur.next
    return to_list(prev)


def second(vals):
    """Second method: read the values in reverse order."""
    return vals[::-1]


def rand(n, lo=LO, hi=HI):
    return [rng.randint(lo, hi) for _ in range(n)]


tests = []
tests.append(("sample/01", [1, 2, 3, 4, 5]))
tests.append(("sample/02", [7, 8]))
tests.append(("sample/03", []))
tests.append(("secret/01-single", [42]))
tests.append(("secret/02-two", [-1, 1]))
tests.append(("secret/03-three", [3, 0, -3]))
tests.append(("secret/04-equal-values", [5, 5, 5, 5]))
tests.append(("secret/05-palindrome", [1, 2, 3, 2, 1]))
tests.append(("secret/06-extremes", [LO, HI, 0, HI, LO, -1]))
tests.append(("secret/07-small-random", rand(10)))
tests.append(("secret/08-sorted", sorted(rand(30, -50, 50))))
tests.append(("secret/09-medium-random", rand(1000)))
tests.append(("secret/10-medium-descending", sorted(rand(5000), reverse=True)))
tests.append(("secret/11-large-random", rand(MAXN, -1000, 1000)))
tests.append(("secret/12-large-digits", rand(MAXN, 0, 9)))
tests.append(("secret/13-large-ascending", list(range(1, MAXN + 1))))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "data")
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(os.path.join(data, "sample"))
    os.makedirs(os.path.join(data, "secret"))
    for name, vals in tests:
        assert 0 <= len(vals) <= MAXN and all(LO <= v <= HI for v in vals), name
        ans = solve(vals)
        if ans != second(vals):
            sys.exit(f"{name}: reference disagrees with the reversed values")
        with open(os.path.join(data, name + ".in"), "w") as f:
            f.write(json.dumps(vals, separators=(",", ":")) + "\n")
        with open(os.path.join(data, name + ".ans"), "w") as f:
            f.write(json.dumps(ans, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests")


if __name__ == "__main__":
    main()
