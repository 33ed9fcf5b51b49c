#!/usr/bin/env python3
"""Tests of `level-sums` (fixed seed). Run: /usr/bin/python3 generator.py

The answer (sum of the values on each depth, root first) is computed by a breadth-first walk over
the tree parsed back from its level-order JSON (reference), and checked against sums grouped by the
depths recorded while the generator built the tree (second, independent method); small trees are
also checked with a recursive walk.
"""
import collections
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 100000
LO, HI = -2**31, 2**31 - 1

# ---- tree helpers (nodes as parallel lists: val, left, right; index 0 is the root) ----
class Tree:
    def __init__(self):
        self.val, self.left, self.right, self.depth = [], [], [], []

    def add(self, v, parent=None, side=None):
        i = len(self.val)
        self.val.append(v); self.left.append(-1); self.right.append(-1)
        if parent is None:
            self.depth.append(1)
        else:
            self.depth.append(self.depth[parent] + 1)
            if side == 'L':
                assert self.left[parent] == -1
                self.left[parent] = i
            else:
                assert self.right[parent] == -1
                self.right[parent] = i
        return i

    def __len__(self):
        return len(self.val)


def serialize(t):
    """LeetCode level order: null for missing children of present nodes, trailing nulls removed."""
    if len(t) == 0:
        return []
    out, q, h = [], [0], 0
    while h < len(q):
        i = q[h]; h += 1
        if i == -1:
            out.append(None)
            continue
        out.append(t.val[i])
        q.append(t.left[i]); q.append(t.right[i])
    while out and out[-1] is None:
        out.pop()
    return out


class Node:
    __slots__ = ("val", "left", "right")

    def __init__(self, val):
        self.val, self.left, self.right = val, None, None


def parse(arr):
    """Level order -> Node objects (independent of Tree)."""
    if not arr:
        return None
    root = Node(arr[0])
    q, h, k = [root], 0, 1
    while k < len(arr):
        cur = q[h]; h += 1
        if arr[k] is not None:
            cur.left = Node(arr[k]); q.append(cur.left)
        k += 1
        if k < len(arr) and arr[k] is not None:
            cur.right = Node(arr[k]); q.append(cur.right)
        k += 1
    return root


def random_tree(rng, n, vals, shape="random"):
    """n nodes; shape: random (attach to a random free slot), deep (attach near the newest nodes),
    complete, left, right, zigzag."""
    t = Tree()
    if n == 0:
        return t
    if shape == "complete":
        for i in range(n):
            t.add(vals(), None if i == 0 else (i - 1) // 2, 'L' if i % 2 == 1 else 'R')
        return t
    if shape in ("left", "right", "zigzag"):
        t.add(vals())
        for i in range(1, n):
            side = {'left': 'L', 'right': 'R'}.get(shape) or ('L' if i % 2 else 'R')
            t.add(vals(), i - 1, side)
        return t
    t.add(vals())
    free = [(0, 'L'), (0, 'R')]
    for i in range(1, n):
        if shape == "deep":
            k = rng.randrange(max(0, len(free) - 4), len(free))
        else:
            k = rng.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        p, s = free.pop()
        j = t.add(vals(), p, s)
        free.append((j, 'L')); free.append((j, 'R'))
    return t
# ---- end of tree helpers ----


def reference(root):
    out = []
    level = [root] if root else []
    while level:
        out.append(sum(nd.val for nd in level))
        level = [c for nd in level for c in (nd.left, nd.right) if c]
    return out


def recursive(nd, d, acc):
    if nd is None:
        return acc
    if d == len(acc):
        acc.append(0)
    acc[d] += nd.val
    recursive(nd.left, d + 1, acc)
    recursive(nd.right, d + 1, acc)
    return acc


def by_depth(t):
    sums = collections.defaultdict(int)
    for v, d in zip(t.val, t.depth):
        sums[d] += v
    return [sums[d] for d in range(1, len(sums) + 1)]


def write(kind, name, t):
    arr = serialize(t)
    assert 0 <= len(t) <= MAXN and all(LO <= v <= HI for v in t.val)
    root = parse(arr)
    ans = reference(root)
    other = by_depth(t)
    if len(t) <= 500:
        assert recursive(root, 0, []) == other
    if ans != other:
        sys.exit("%s: disagreement" % name)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(arr, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, separators=(",", ":")) + "\n")


def from_level(arr):
    t = Tree()
    if not arr:
        return t
    t.add(arr[0])
    q, h, k = [0], 0, 1
    while k < len(arr):
        p = q[h]; h += 1
        for side in "LR":
            if k < len(arr) and arr[k] is not None:
                q.append(t.add(arr[k], p, side))
            k += 1
    return t


def main():
    rng = random.Random(20260413)
    small = lambda: rng.randint(-1000, 1000)
    full = lambda: rng.randint(LO, HI)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", from_level([3, 9, 20, None, None, 15, 7]))
    write("sample", "02", from_level([1, -2, 5, 4, None, None, -6]))
    write("sample", "03", from_level([]))

    write("secret", "01-single", from_level([-7]))
    write("secret", "02-single-max", from_level([HI]))
    write("secret", "03-two-max-children", from_level([0, HI, HI]))
    write("secret", "04-min-values", random_tree(rng, 15, lambda: LO, "complete"))
    write("secret", "05-cancelling", from_level([5, 10, -10, 3, -3, None, 0]))
    write("secret", "06-right-chain", random_tree(rng, 30, small, "right"))
    write("secret", "07-small-random", random_tree(rng, 50, small))
    write("secret", "08-small-full-range", random_tree(rng, 200, full))
    write("secret", "09-medium-deep", random_tree(rng, 3000, full, "deep"))
    write("secret", "10-medium-max", random_tree(rng, 4095, lambda: HI, "complete"))
    # Large: wide levels whose sums overflow 32 bits, and deep trees.
    write("secret", "11-large-complete-max", random_tree(rng, 40000, lambda: rng.choice([HI, HI - 1, HI - 2]), "complete"))
    write("secret", "12-large-complete-min", random_tree(rng, 30000, lambda: rng.choice([LO, LO + 1]), "complete"))
    write("secret", "13-large-random", random_tree(rng, MAXN, lambda: rng.randint(-99, 99)))
    write("secret", "14-zigzag-chain-50000", random_tree(rng, 50000, lambda: rng.randint(-9, 9), "zigzag"))
    write("secret", "15-large-deep", random_tree(rng, MAXN - 50000, lambda: rng.randint(-99, 99), "deep"))


if __name__ == "__main__":
    main()
