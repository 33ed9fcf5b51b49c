#!/usr/bin/env python3
"""Writes data/ for drop-kth-from-end (fixed seed) and checks every answer twice."""
import json
import os
import random
import shutil
import sys

rng = random.Random(424242)
MAXN = 30  # LeetCode 19: 1 <= sz <= 30, 0 <= Node.val <= 100
LO, HI = 0, 100


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


def solve(vals, k):
    """Reference: one pass with two pointers k nodes apart, starting from a dummy node."""
    dummy = Node(0, build(vals))
    fast = slow = dummy
    for _ in range(k):
        fast = fast.next
    while fast.next:
        fast, slow = fast.next, slow.next
    slow.next = slow.next.next
    out = []
    node = dummy.next
    while node:
        out.append(node.val)
        node = node.next
    return out


def second(vals, k):
    """Second method: the k-th node from the end is the (n - k)-th from the start (0-based)."""
    i = len(vals) - k
    return vals[:i] + vals[i + 1:]


def rand(n, lo=LO, hi=HI):
    return [rng.randint(lo, hi) for _ in range(n)]


tests = []
tests.append(("sample/01", [1, 2, 3, 4, 5], 2))
tests.append(("sample/02", [9], 1))
tests.append(("sample/03", [4, 8], 1))
tests.append(("secret/01-two-drop-first", [4, 8], 2))
tests.append(("secret/02-drop-head", [3, 1, 4, 1, 5], 5))
tests.append(("secret/03-drop-tail", [3, 1, 4, 1, 5], 1))
tests.append(("secret/04-drop-by-position-not-value", [7, 7, 7, 3, 7], 1))
tests.append(("secret/05-repeated-value-middle", [2, 5, 2, 5, 2, 5], 4))
tests.append(("secret/06-extremes", [0, 100, 0, 100], 3))
tests.append(("secret/07-small-random", rand(10), 6))
tests.append(("secret/08-small-random-2", rand(25, 0, 9), 13))
tests.append(("secret/09-medium", rand(20), 10))
tests.append(("secret/10-large-drop-head", rand(MAXN), MAXN))
tests.append(("secret/11-large-drop-tail", rand(MAXN), 1))
tests.append(("secret/12-large-random-k", rand(MAXN), rng.randint(2, MAXN - 1)))
tests.append(("secret/13-large-next-to-head", rand(MAXN, 0, 9), MAXN - 1))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "data")
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(os.path.join(data, "sample"))
    os.makedirs(os.path.join(data, "secret"))
    for name, vals, k in tests:
        assert 1 <= len(vals) <= MAXN and 1 <= k <= len(vals), name
        assert all(LO <= v <= HI for v in vals), name
        ans = solve(vals, k)
        if ans != second(vals, k) or len(ans) != len(vals) - 1:
            sys.exit(f"{name}: reference disagrees with slicing")
        with open(os.path.join(data, name + ".in"), "w") as f:
            f.write(json.dumps(vals, separators=(",", ":")) + "\n")
            f.write(json.dumps(k) + "\n")
        with open(os.path.join(data, name + ".ans"), "w") as f:
            f.write(json.dumps(ans, separators=(",", ":")) + "\n")
    for _ in range(2000):
        vals = rand(rng.randint(1, 12), -3, 3)
        k = rng.randint(1, len(vals))
        if solve(vals, k) != second(vals, k):
            sys.exit(f"methods disagree on {vals} {k}")
    print(f"wrote {len(tests)} tests")


if __name__ == "__main__":
    main()
