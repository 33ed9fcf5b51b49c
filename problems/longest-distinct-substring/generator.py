#!/usr/bin/env python3
"""Writes data/ for `longest-distinct-substring` (fixed seed) and checks every answer twice.

Reference: sliding window with the last position of each character.
Check: for every start, extend until the first repeated character (O(n * 95), since a window of
distinct printable characters is at most 95 long) on every test; on small tests also a check of
every substring.
"""
import json
import os
import random
import shutil
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 5 * 10**4  # LeetCode 3: 0 <= s.length <= 5 * 10^4
PRINTABLE = "".join(chr(c) for c in range(32, 127))


def window(s):
    last = {}
    left = best = 0
    for i, c in enumerate(s):
        if c in last and last[c] >= left:
            left = last[c] + 1
        last[c] = i
        best = max(best, i - left + 1)
    return best


def extend(s):
    best = 0
    n = len(s)
    for i in range(n):
        seen = set()
        j = i
        while j < n and s[j] not in seen:
            seen.add(s[j])
            j += 1
        best = max(best, j - i)
    return best


def all_substrings(s):
    n = len(s)
    return max([j - i for i in range(n) for j in range(i + 1, n + 1) if len(set(s[i:j])) == j - i],
               default=0)


def write(kind, name, s):
    assert 0 <= len(s) <= MAXN and all(32 <= ord(c) <= 126 for c in s)
    ans = window(s)
    if ans != extend(s):
        sys.exit("%s/%s: window %d, extend %d" % (kind, name, ans, extend(s)))
    if len(s) <= 200 and ans != all_substrings(s):
        sys.exit("%s/%s: window %d, all substrings %d" % (kind, name, ans, all_substrings(s)))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(s) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write("%d\n" % ans)
    return ans


def rand(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    rng = random.Random(20260304)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", "xyzxyzzy")
    write("sample", "02", "mmmm")
    write("sample", "03", "tacocat")

    write("secret", "01-empty", "")
    write("secret", "02-single", "q")
    write("secret", "03-single-space", " ")
    # The repeated character lies before the window: the window's left end must never move back.
    write("secret", "04-abba", "abba")
    write("secret", "05-jump-inside", "dvdf")
    write("secret", "06-case-matters", "aAbBaA")
    write("secret", "07-spaces-and-symbols", "a b!c\"d\\e b")
    write("secret", "08-all-printable", PRINTABLE)
    write("secret", "09-best-at-end", "aaaa" + "abcdefg")
    write("secret", "10-random-small", rand(rng, 60, "abcde"))
    write("secret", "11-random-medium", rand(rng, 5000, string.ascii_lowercase))
    write("secret", "12-random-digits", rand(rng, 3000, string.digits))
    # Large tests.
    write("secret", "13-large-lowercase", rand(rng, MAXN, string.ascii_lowercase))
    write("secret", "14-large-printable", rand(rng, MAXN, PRINTABLE))
    perm = list(PRINTABLE)
    rng.shuffle(perm)
    write("secret", "15-large-periodic", ("".join(perm) * (MAXN // 95 + 1))[:MAXN])
    # Long runs of distinct characters broken by a character repeated far back (abba at scale).
    parts = []
    while sum(map(len, parts)) < MAXN - 200:
        k = rng.randint(20, 95)
        p = rng.sample(PRINTABLE, k)
        parts.append("".join(p) + p[rng.randint(0, 3)])
    write("secret", "16-large-far-repeats", "".join(parts)[:MAXN])
    write("secret", "17-large-same", "z" * MAXN)
    write("secret", "18-large-two-letters", rand(rng, MAXN, "ab"))


if __name__ == "__main__":
    main()
