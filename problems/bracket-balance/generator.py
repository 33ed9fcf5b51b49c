#!/usr/bin/env python3
"""Writes data/ for bracket-balance (fixed seed) and checks every answer twice."""
import json
import os
import random
import shutil
import sys

rng = random.Random(20240611)
PAIRS = {")": "(", "]": "[", "}": "{"}
OPEN = "([{"
CLOSE = ")]}"


def solve(s):
    """Reference: a stack of the open brackets."""
    st = []
    for c in s:
        if c in OPEN:
            st.append(c)
        else:
            if not st or st[-1] != PAIRS[c]:
                return False
            st.pop()
    return not st


def brute(s):
    """Second method (small tests): delete adjacent matching pairs until nothing changes."""
    while True:
        t = s.replace("()", "").replace("[]", "").replace("{}", "")
        if t == s:
            return s == ""
        s = t


def by_depth(s):
    """Second method (any size, no stack): the string must be balanced as a single bracket
    kind, and the bracket closing each opening one (the nearest later closing bracket that
    brings the depth back to where it was) must be of the same kind."""
    depth = 0
    before = []
    for c in s:
        before.append(depth)
        depth += 1 if c in OPEN else -1
        if depth < 0:
            return False
    if depth != 0:
        return False
    nearest = {}  # depth after a closing bracket -> nearest such position to the right
    for i in range(len(s) - 1, -1, -1):
        c = s[i]
        if c in CLOSE:
            nearest[before[i] - 1] = i
        else:
            j = nearest[before[i]]
            if PAIRS[s[j]] != c:
                return False
    return True


def balanced(n):
    """A random balanced string of length n (n even), iteratively."""
    out = []
    st = []
    opens_left = n // 2
    while opens_left or st:
        if opens_left and (not st or rng.random() < 0.5):
            c = rng.choice(OPEN)
            st.append(c)
            out.append(c)
            opens_left -= 1
        else:
            out.append(CLOSE[OPEN.index(st.pop())])
    return "".join(out)


def nested(depth):
    left = [rng.choice(OPEN) for _ in range(depth)]
    return "".join(left) + "".join(CLOSE[OPEN.index(c)] for c in reversed(left))


def swap_kind(s, i):
    c = s[i]
    group = OPEN if c in OPEN else CLOSE
    other = rng.choice([x for x in group if x != c])
    return s[:i] + other + s[i + 1:]


tests = []  # (name, s, is_sample)
tests.append(("sample/01", "()[]{}", True))
tests.append(("sample/02", "([)]", True))
tests.append(("sample/03", "{[]}", True))
tests.append(("secret/01-single-open", "(", False))
tests.append(("secret/02-single-close", "}", False))
tests.append(("secret/03-reversed-pair", "][", False))
tests.append(("secret/04-only-opens", "{{[[((", False))
tests.append(("secret/05-closes-then-opens", ")))(((", False))
tests.append(("secret/06-nested-mixed", "{[()()]}([]{})", False))
tests.append(("secret/07-wrong-kind-deep", "(((]]]", False))
tests.append(("secret/08-small-balanced", balanced(40), False))
tests.append(("secret/09-small-random", "".join(rng.choice("()[]{}") for _ in range(12)), False))
tests.append(("secret/10-small-one-swapped", swap_kind(balanced(30), 17), False))
tests.append(("secret/11-extra-close", balanced(20) + "]", False))
tests.append(("secret/12-large-deep-nesting", nested(5000), False))
tests.append(("secret/13-large-deep-last-wrong", (lambda t: t[:-1] + ("]" if t[-1] != "]" else ")"))(nested(5000)), False))
tests.append(("secret/14-large-random-balanced", balanced(10000), False))
tests.append(("secret/15-large-extra-close", balanced(9998) + "])", False))
tests.append(("secret/16-large-unclosed", balanced(9998) + "((", False))
tests.append(("secret/17-large-flat-pairs", "".join(rng.choice(["()", "[]", "{}"]) for _ in range(5000)), False))
tests.append(("secret/18-large-middle-swapped", swap_kind(balanced(10000), 5000), False))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "data")
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(os.path.join(data, "sample"))
    os.makedirs(os.path.join(data, "secret"))
    seen = set()
    for name, s, _ in tests:
        assert 1 <= len(s) <= 10**4 and set(s) <= set("()[]{}"), name  # LeetCode 20
        ans = solve(s)
        second = by_depth(s)
        if ans != second:
            sys.exit(f"{name}: reference {ans} != depth method {second}")
        if len(s) <= 2000 and brute(s) != ans:
            sys.exit(f"{name}: reference {ans} != brute force")
        seen.add(ans)
        with open(os.path.join(data, name + ".in"), "w") as f:
            f.write(json.dumps(s) + "\n")
        with open(os.path.join(data, name + ".ans"), "w") as f:
            f.write(json.dumps(ans) + "\n")
    # self-check the two methods on many random small strings
    for _ in range(20000):
        n = rng.randint(1, 12)
        s = "".join(rng.choice("()[]{}") for _ in range(n)) if rng.random() < 0.5 else balanced(n - n % 2 or 2)
        a, b, c = solve(s), by_depth(s), brute(s)
        if not (a == b == c):
            sys.exit(f"methods disagree on {s!r}: {a} {b} {c}")
    assert seen == {True, False}
    print(f"wrote {len(tests)} tests")


if __name__ == "__main__":
    main()
