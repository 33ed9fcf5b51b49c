#!/usr/bin/env python3
"""Writes data/ for warmer-days-ahead (fixed seed) and checks every answer twice."""
import json
import os
import random
import shutil
import sys

rng = random.Random(7041977)
LO, HI = 30, 100  # LeetCode 739: 30 <= temperatures[i] <= 100
MAXN = 100000


def solve(t):
    """Reference: a stack of the days still waiting for a warmer one (decreasing temperatures)."""
    ans = [0] * len(t)
    st = []
    for i, x in enumerate(t):
        while st and t[st[-1]] < x:
            j = st.pop()
            ans[j] = i - j
        st.append(i)
    return ans


def brute(t):
    """Second method (small tests): scan forward from every day."""
    n = len(t)
    ans = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if t[j] > t[i]:
                ans[i] = j - i
                break
    return ans


def jumps(t):
    """Second method (large tests): from the right, hop over days known not to be warmer,
    following the answers already computed (no stack)."""
    n = len(t)
    ans = [0] * n
    for i in range(n - 2, -1, -1):
        j = i + 1
        while True:
            if t[j] > t[i]:
                ans[i] = j - i
                break
            if ans[j] == 0:
                break
            j += ans[j]
    return ans


def rand(n, lo=LO, hi=HI):
    return [rng.randint(lo, hi) for _ in range(n)]


def non_increasing(n):
    # n values from HI down to LO, in plateaus
    vals = sorted(rand(n), reverse=True)
    return vals


tests = []
tests.append(("sample/01", [48, 51, 49, 47, 54, 52, 50, 53]))
tests.append(("sample/02", [35, 40, 45, 50]))
tests.append(("sample/03", [60, 60, 59, 42]))
tests.append(("secret/01-single-day", [57]))
tests.append(("secret/02-two-warmer", [37, 38]))
tests.append(("secret/03-two-equal", [30, 30]))
tests.append(("secret/04-two-colder", [100, 30]))
tests.append(("secret/05-all-equal", [42] * 9))
tests.append(("secret/06-extremes", [30, 100, 30, 100, 30, 99, 100]))
tests.append(("secret/07-small-random", rand(20)))
tests.append(("secret/08-small-narrow", rand(40, 30, 33)))
tests.append(("secret/09-valley", [40, 38, 36, 34, 32, 33, 35, 37, 39, 41]))
tests.append(("secret/10-medium-random", rand(2000)))
tests.append(("secret/11-large-non-increasing", non_increasing(MAXN)))
tests.append(("secret/12-large-constant", [55] * 50000))
tests.append(("secret/13-large-random", rand(MAXN)))
tests.append(("secret/14-large-drop-then-spike", sorted(rand(69999, LO, HI - 1), reverse=True) + [HI]))
tests.append(("secret/15-large-increasing-steps", sorted(rand(50000))))
tests.append(("secret/16-large-sawtooth", [HI - 1 - (i % 70) if i % 1000 else HI - (i // 1000) % 2 for i in range(80000)]))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "data")
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(os.path.join(data, "sample"))
    os.makedirs(os.path.join(data, "secret"))
    for name, t in tests:
        assert 1 <= len(t) <= MAXN and all(LO <= x <= HI for x in t), name
        ans = solve(t)
        if jumps(t) != ans:
            sys.exit(f"{name}: reference != jump method")
        if len(t) <= 3000 and brute(t) != ans:
            sys.exit(f"{name}: reference != brute force")
        with open(os.path.join(data, name + ".in"), "w") as f:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
        with open(os.path.join(data, name + ".ans"), "w") as f:
            f.write(json.dumps(ans, separators=(",", ":")) + "\n")
    for _ in range(3000):
        t = rand(rng.randint(1, 30), rng.choice([LO, 50]), rng.choice([52, HI]))
        if not (solve(t) == jumps(t) == brute(t)):
            sys.exit(f"methods disagree on {t}")
    print(f"wrote {len(tests)} tests")


if __name__ == "__main__":
    main()
