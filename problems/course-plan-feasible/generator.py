#!/usr/bin/env python3
"""Tests of `course-plan-feasible` (fixed seed). Run: /usr/bin/python3 generator.py

The answer (can every course be taken, i.e. is the prerequisite graph free of cycles) is computed
with Kahn's algorithm (repeatedly take a course whose prerequisites are all done; reference) and
checked by a second, independent method: an iterative three-colour depth-first search looking for
an edge back into the current path; small inputs are also checked by brute force (transitive
closure: a course that reaches itself). The generator also knows which inputs it built acyclic.
"""
import collections
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXC = 2000  # LeetCode 207: 1 <= numCourses <= 2000, at most 5000 pairs, all different
MAXE = 5000


def reference(n, pre):
    indeg = [0] * n
    after = [[] for _ in range(n)]
    for a, b in pre:
        after[b].append(a)
        indeg[a] += 1
    ready = collections.deque(i for i in range(n) if indeg[i] == 0)
    done = 0
    while ready:
        x = ready.popleft()
        done += 1
        for y in after[x]:
            indeg[y] -= 1
            if indeg[y] == 0:
                ready.append(y)
    return done == n


def dfs_colours(n, pre):
    adj = [[] for _ in range(n)]
    for a, b in pre:
        adj[a].append(b)  # a needs b
    colour = [0] * n  # 0 new, 1 on the current path, 2 finished
    for s in range(n):
        if colour[s]:
            continue
        colour[s] = 1
        stack = [(s, 0)]
        while stack:
            v, k = stack[-1]
            if k < len(adj[v]):
                stack[-1] = (v, k + 1)
                w = adj[v][k]
                if colour[w] == 1:
                    return False
                if colour[w] == 0:
                    colour[w] = 1
                    stack.append((w, 0))
            else:
                colour[v] = 2
                stack.pop()
    return True


def closure(n, pre):
    reach = [[False] * n for _ in range(n)]
    for a, b in pre:
        reach[a][b] = True
    for k in range(n):
        for i in range(n):
            if reach[i][k]:
                ri, rk = reach[i], reach[k]
                for j in range(n):
                    if rk[j]:
                        ri[j] = True
    return not any(reach[i][i] for i in range(n))


def write(kind, name, n, pre, expect=None):
    assert 1 <= n <= MAXC and 0 <= len(pre) <= MAXE
    assert len(set(map(tuple, pre))) == len(pre), "LeetCode's pairs are all different"
    assert all(len(p) == 2 and 0 <= p[0] < n and 0 <= p[1] < n for p in pre)
    ans = reference(n, pre)
    other = dfs_colours(n, pre)
    if n <= 60:
        assert closure(n, pre) == other
    if ans != other or (expect is not None and ans != expect):
        sys.exit("%s: disagreement %r %r expected %r" % (name, ans, other, expect))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (n, json.dumps(pre, separators=(",", ":"))))
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")


def random_dag(rng, n, e):
    """e edges a -> b (a needs b) that all go forward in a hidden random order: acyclic."""
    order = list(range(n))
    rng.shuffle(order)
    pre, seen = [], set()
    while len(pre) < e:
        i, j = rng.sample(range(n), 2) if n > 1 else (0, 0)
        if i > j:
            i, j = j, i
        # a course needs one that comes earlier, mostly close by (long dependency chains)
        if rng.random() < 0.7 and n > 2:
            j = min(n - 1, i + rng.randint(1, 3))
        if i != j and (j, i) not in seen:  # LeetCode's pairs are all different
            seen.add((j, i))
            pre.append([order[j], order[i]])
    return pre, order


def chain(rng, n):
    order = list(range(n))
    rng.shuffle(order)
    pre = [[order[k + 1], order[k]] for k in range(n - 1)]
    rng.shuffle(pre)
    return pre, order


def main():
    rng = random.Random(20260418)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", 2, [[1, 0]], True)
    write("sample", "02", 2, [[1, 0], [0, 1]], False)
    write("sample", "03", 4, [[1, 0], [2, 0], [3, 1], [3, 2]], True)

    write("secret", "01-one-course", 1, [], True)
    write("secret", "02-self-requirement", 3, [[1, 0], [2, 2]], False)
    write("secret", "03-no-prereqs", 5, [], True)
    write("secret", "04-two-routes", 3, [[1, 0], [2, 1], [2, 0]], True)
    write("secret", "05-triangle", 3, [[0, 1], [1, 2], [2, 0]], False)
    write("secret", "06-diamond-and-tail", 6, [[1, 0], [2, 0], [3, 1], [3, 2], [4, 3], [5, 4], [5, 0]], True)
    write("secret", "07-cycle-in-second-part", 7, [[1, 0], [2, 1], [4, 3], [5, 4], [6, 5], [3, 6]], False)
    pre, _ = random_dag(rng, 40, 120)
    write("secret", "08-small-dag", 40, pre, True)
    pre, order = random_dag(rng, 50, 100)
    pre.append([order[3], order[30]])  # a backward edge: a cycle only if order[30] already needs order[3]
    write("secret", "09-small-backward-edge", 50, pre)
    pre, order = chain(rng, 60)
    pre.append([order[0], order[59]])
    write("secret", "10-small-ring", 60, pre, False)
    pre, _ = random_dag(rng, 2000, 5000)
    write("secret", "11-medium-dag", 2000, pre, True)
    # Large: long chains (one course a round for a round-by-round scan), a big ring, wide DAGs.
    pre, _ = chain(rng, MAXC)
    write("secret", "12-chain-2000", MAXC, pre, True)
    pre, order = chain(rng, MAXC)
    pre.append([order[0], order[-1]])
    write("secret", "13-ring-2000", MAXC, pre, False)
    write("secret", "14-many-courses-no-prereqs", MAXC, [], True)
    pre, order = random_dag(rng, MAXC, MAXE)
    write("secret", "15-large-dag", MAXC, pre, True)
    pre, order = random_dag(rng, MAXC, MAXE - 3)
    # close a cycle of three deep inside the order
    a, b, c = order[1500], order[1501], order[1502]
    pre += [[b, a], [c, b], [a, c]]
    rng.shuffle(pre)
    write("secret", "16-large-dag-small-cycle", MAXC, pre, False)


if __name__ == "__main__":
    main()
