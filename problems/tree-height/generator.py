#!/usr/bin/env python3
"""Tests of `tree-height` (fixed seed). Run: /usr/bin/python3 generator.py

The answer (number of nodes on the longest root-to-leaf path) is computed by an iterative
breadth-first level count over the tree parsed back from its level-order JSON (reference), and
checked against the depths recorded while the generator built the tree (second, independent
method); small trees are also checked with the plain recursive definition.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10**4  # LeetCode 104: 0 to 10^4 nodes, -100 <= Node.val <= 100
MAXH = 10**4
MAXV = 100

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
    if root is None:
        return 0
    level, h = [root], 0
    while level:
        h += 1
        nxt = []
        for nd in level:
            if nd.left: nxt.append(nd.left)
            if nd.right: nxt.append(nd.right)
        level = nxt
    return h


def recursive(nd):
    return 0 if nd is None else 1 + max(recursive(nd.left), recursive(nd.right))


def write(kind, name, t):
    arr = serialize(t)
    n = len(t)
    assert 0 <= n <= MAXN and all(-MAXV <= v <= MAXV for v in t.val)
    root = parse(arr)
    ans = reference(root)
    other = max(t.depth) if n else 0
    if n <= 500:
        assert recursive(root) == other
    if ans != other:
        sys.exit("%s: disagreement %d vs %d" % (name, ans, other))
    assert ans <= MAXH
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(arr, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write("%d\n" % ans)


def from_level(arr):
    """A Tree from a hand-written level order (depths computed while attaching)."""
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
    rng = random.Random(20260412)
    small = lambda: rng.randint(-100, 100)
    big = lambda: rng.randint(-MAXV, MAXV)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", from_level([4, 2, 9, None, None, 7, 15]))
    write("sample", "02", from_level([1, None, 2]))
    write("sample", "03", from_level([]))

    write("secret", "01-single", from_level([5]))
    write("secret", "02-left-only", from_level([1, 2, None, 3]))
    write("secret", "03-deep-right-subtree", from_level([1, 2, 3, 4, None, None, 5, None, None, 6, None, 7]))
    write("secret", "04-negative-values", from_level([-1, -2, -3, None, -4]))
    write("secret", "05-complete-15", random_tree(rng, 15, small, "complete"))
    write("secret", "06-small-random", random_tree(rng, 40, small))
    write("secret", "07-small-deep", random_tree(rng, 60, small, "deep"))
    write("secret", "08-zigzag-100", random_tree(rng, 100, small, "zigzag"))
    write("secret", "09-extreme-values", random_tree(rng, 300, lambda: rng.choice([-MAXV, MAXV, 0])))
    write("secret", "10-medium-random", random_tree(rng, 3000, big))
    write("secret", "11-medium-deep", random_tree(rng, 5000, small, "deep"))
    # Large: a 10,000-deep chain (every node on one path) and bushy trees of 10,000 nodes.
    write("secret", "12-left-chain-10000", random_tree(rng, MAXH, small, "left"))
    write("secret", "13-zigzag-chain-10000", random_tree(rng, MAXH, small, "zigzag"))
    write("secret", "14-large-complete", random_tree(rng, MAXN, small, "complete"))
    write("secret", "15-large-random", random_tree(rng, MAXN, small))
    t = random_tree(rng, MAXN // 2, small)
    # a random tree with a 5,000-node right spine hanging from a leaf
    leaf = max(range(len(t)), key=lambda i: (t.left[i] == -1 and t.right[i] == -1, -t.depth[i]))
    p = leaf
    while len(t) < MAXN and t.depth[p] < MAXH:
        p = t.add(small(), p, 'R')
    write("secret", "16-large-with-spine", t)


if __name__ == "__main__":
    main()
