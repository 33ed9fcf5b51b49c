#!/usr/bin/env python3
"""Tests of `mirror-tree` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed by swapping the children of every node (explicit stack) of the tree parsed
back from its level-order JSON and serializing the result (reference), and checked against the
generator's own node arrays with the left and right child arrays exchanged (second, independent
method); small trees are also checked with a recursive mirror, and every tree mirrored twice must
give back its input.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 100  # LeetCode 226: 0 to 100 nodes, -100 <= Node.val <= 100
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


def serialize_nodes(root):
    if root is None:
        return []
    out, q, h = [], [root], 0
    while h < len(q):
        nd = q[h]; h += 1
        if nd is None:
            out.append(None)
            continue
        out.append(nd.val)
        q.append(nd.left); q.append(nd.right)
    while out and out[-1] is None:
        out.pop()
    return out


def reference(root):
    stack = [root] if root else []
    while stack:
        nd = stack.pop()
        nd.left, nd.right = nd.right, nd.left
        if nd.left: stack.append(nd.left)
        if nd.right: stack.append(nd.right)
    return root


def recursive(nd):
    if nd is None:
        return None
    m = Node(nd.val)
    m.left, m.right = recursive(nd.right), recursive(nd.left)
    return m


def swapped(t):
    m = Tree()
    m.val, m.left, m.right, m.depth = list(t.val), list(t.right), list(t.left), list(t.depth)
    return m


def write(kind, name, t):
    arr = serialize(t)
    assert 0 <= len(t) <= MAXN and all(-MAXV <= v <= MAXV for v in t.val)
    ans = serialize_nodes(reference(parse(arr)))
    other = serialize(swapped(t))
    if len(t) <= 500:
        assert serialize_nodes(recursive(parse(arr))) == other
    assert serialize_nodes(reference(parse(other))) == arr
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
    rng = random.Random(20260415)
    small = lambda: rng.randint(-100, 100)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", from_level([4, 2, 7, 1, 3, 6, 9]))
    write("sample", "02", from_level([1, 2, None, 3]))
    write("sample", "03", from_level([]))

    write("secret", "01-single", from_level([0]))
    write("secret", "02-two-right", from_level([1, None, 2]))
    write("secret", "03-extremes", from_level([MAXV, -MAXV, None, MAXV, -MAXV]))
    write("secret", "04-symmetric", from_level([1, 2, 2, 3, 4, 4, 3]))
    write("secret", "05-lopsided", from_level([1, 2, 3, None, 4, 5, None, 6, None, None, 7]))
    write("secret", "06-complete-31", random_tree(rng, 31, small, "complete"))
    write("secret", "07-complete-20", random_tree(rng, 20, small, "complete"))
    write("secret", "08-small-random", random_tree(rng, 50, small))
    write("secret", "09-small-deep", random_tree(rng, 80, small, "deep"))
    write("secret", "10-zigzag-100", random_tree(rng, 100, small, "zigzag"))
    write("secret", "11-medium-random", random_tree(rng, 90, lambda: rng.randint(-MAXV, MAXV)))
    # Largest: LeetCode's 100 nodes, as chains and as bushy trees.
    write("secret", "12-left-chain-100", random_tree(rng, 100, lambda: rng.randint(0, 9), "left"))
    write("secret", "13-zigzag-chain-100", random_tree(rng, 100, lambda: rng.randint(0, 9), "zigzag"))
    write("secret", "14-large-random", random_tree(rng, 100, lambda: rng.randint(-99, 99)))
    write("secret", "15-large-deep", random_tree(rng, 100, lambda: rng.randint(0, 99), "deep"))
    write("secret", "16-large-complete", random_tree(rng, 63, lambda: rng.randint(0, 99), "complete"))


if __name__ == "__main__":
    main()
