#!/usr/bin/env python3
"""Tests of `check-search-tree` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed by an iterative in-order walk over the tree parsed back from its level-order
JSON (strictly increasing values = search tree; reference) and checked by a second, independent
method: bounds passed down from each node to its children (an explicit stack over the generator's
own node arrays); small trees are also checked by brute force (every node against every node of its
subtrees). The generator also knows which trees it built valid and which it broke.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10**4  # LeetCode 98: 1 to 10^4 nodes, values in [-2^31, 2^31 - 1]
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
    stack, node, prev = [], root, None
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and node.val <= prev:
            return False
        prev = node.val
        node = node.right
    return True


def bounds(t):
    if len(t) == 0:
        return True
    stack = [(0, None, None)]
    while stack:
        i, lo, hi = stack.pop()
        v = t.val[i]
        if (lo is not None and v <= lo) or (hi is not None and v >= hi):
            return False
        if t.left[i] != -1:
            stack.append((t.left[i], lo, v))
        if t.right[i] != -1:
            stack.append((t.right[i], v, hi))
    return True


def brute(t):
    def subtree(i):
        out, st = [], [i] if i != -1 else []
        while st:
            j = st.pop()
            out.append(t.val[j])
            st += [c for c in (t.left[j], t.right[j]) if c != -1]
        return out
    return all(all(x < t.val[i] for x in subtree(t.left[i])) and all(x > t.val[i] for x in subtree(t.right[i]))
               for i in range(len(t)))


def inorder(t):
    order, stack, i = [], [], 0 if len(t) else -1
    while stack or i != -1:
        while i != -1:
            stack.append(i)
            i = t.left[i]
        i = stack.pop()
        order.append(i)
        i = t.right[i]
    return order


def make_valid(rng, t, lo, hi, ends=False):
    """Assigns distinct values in [lo, hi] in in-order: a valid search tree of t's shape."""
    n = len(t)
    vals = sorted(rng.sample(range(lo, hi + 1), n))
    if ends and n >= 2:
        vals[0], vals[-1] = LO, HI
    for i, v in zip(inorder(t), vals):
        t.val[i] = v
    return t


def write(kind, name, t, expect):
    arr = serialize(t)
    assert 1 <= len(t) <= MAXN and all(LO <= v <= HI for v in t.val)
    ans = reference(parse(arr))
    other = bounds(t)
    if len(t) <= 300:
        assert brute(t) == other
    if ans != other or ans != expect:
        sys.exit("%s: disagreement %r %r expected %r" % (name, ans, other, expect))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(arr, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")


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


def ancestors_bound_break(rng, t, deep_only=True):
    """Breaks a valid tree: a node gets a value just outside the bound set by a non-parent ancestor
    (still ordered against its parent) or equal to that bound."""
    n = len(t)
    parent = [-1] * n
    for i in range(n):
        for c in (t.left[i], t.right[i]):
            if c != -1:
                parent[c] = i
    cands = [i for i in range(n) if parent[i] != -1 and parent[parent[i]] != -1]
    cands.sort(key=lambda i: -t.depth[i])
    for i in cands[:50]:
        # bounds from the ancestors, and the nearest one from the parent
        lo, hi, j = None, None, i
        while parent[j] != -1:
            p = parent[j]
            if t.left[p] == j and hi is None:
                hi = t.val[p]
            if t.right[p] == j and lo is None:
                lo = t.val[p]
            j = p
        p = parent[i]
        if t.left[p] == i and lo is not None:      # must stay < parent, break > lo
            nv = lo - rng.randint(0, 1)
            if nv >= LO:
                t.val[i] = nv
                return t
        if t.right[p] == i and hi is not None:
            nv = hi + rng.randint(0, 1)
            if nv <= HI:
                t.val[i] = nv
                return t
    raise AssertionError("no node to break")


def main():
    rng = random.Random(20260414)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", from_level([2, 1, 3]), True)
    write("sample", "02", from_level([5, 1, 4, None, None, 3, 6]), False)
    write("sample", "03", from_level([8, 3, 10, None, 6, None, 14, 4, 7]), True)

    write("secret", "01-single-zero", from_level([0]), True)
    write("secret", "02-single-min", from_level([LO]), True)
    write("secret", "03-single-max", from_level([HI]), True)
    write("secret", "04-equal-left-child", from_level([HI, HI]), False)
    write("secret", "05-min-root-max-right", from_level([LO, None, HI]), True)
    write("secret", "06-full-span", from_level([0, LO, HI]), True)
    write("secret", "07-grandchild-breaks-root", from_level([5, 4, 6, None, None, 3, 7]), False)
    write("secret", "08-equal-right-child", from_level([2, 1, 2]), False)
    write("secret", "09-min-deep-left", from_level([LO, None, HI, LO]), False)
    write("secret", "10-small-valid", make_valid(rng, random_tree(rng, 30, int), -100, 100), True)
    t = make_valid(rng, random_tree(rng, 30, int), -100, 100)
    a, b = rng.sample(range(30), 2)
    t.val[a], t.val[b] = t.val[b], t.val[a]
    write("secret", "11-small-swapped", t, bounds(t))
    write("secret", "12-medium-valid-ends", make_valid(rng, random_tree(rng, 2000, int), LO, HI, True), True)
    write("secret", "13-medium-deep-break",
          ancestors_bound_break(rng, make_valid(rng, random_tree(rng, 3000, int, "deep"), LO, HI)), False)
    # Large: valid trees (a quadratic check has to look at everything), some very deep.
    write("secret", "14-large-valid-random", make_valid(rng, random_tree(rng, MAXN, int), -10**5, 10**5, True), True)
    write("secret", "15-large-valid-deep", make_valid(rng, random_tree(rng, MAXN, int, "deep"), -10**5, 10**5), True)
    write("secret", "16-large-right-chain", make_valid(rng, random_tree(rng, MAXN, int, "right"), -10**5, 10**5), True)
    write("secret", "17-large-deep-break",
          ancestors_bound_break(rng, make_valid(rng, random_tree(rng, MAXN, int, "deep"), -10**5, 10**5)), False)
    write("secret", "18-large-valid-deep-full-span",
          make_valid(rng, random_tree(rng, MAXN, int, "deep"), -10**5, 10**5, True), True)


if __name__ == "__main__":
    main()
