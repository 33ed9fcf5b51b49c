#!/usr/bin/env python3
"""Writes data/ for `common-subsequence-length` (fixed seed) and checks every answer twice.

Reference: the classic O(|a|*|b|) dynamic programme over prefixes, one row at a time.
Check: the bit-parallel LCS of Allison-Dix / Hyyro (one big-integer bit per position of b,
one step per character of a), and on small tests a brute force over every subsequence of the
shorter string. All must agree.
"""
import itertools
import json
import os
import random
import shutil
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 1000  # LeetCode 1143: 1 <= text1.length, text2.length <= 1000


def dp_lcs(a, b):
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = cur[j - 1] if cur[j - 1] > prev[j] else prev[j]
        prev = cur
    return prev[-1]


def bit_lcs(a, b):
    masks = {}
    for j, c in enumerate(b):
        masks[c] = masks.get(c, 0) | (1 << j)
    full = (1 << len(b)) - 1
    s = 0  # bit j set: the row of the table steps up after column j
    for c in a:
        x = masks.get(c, 0) | s
        s = x & ((x - ((s << 1) | 1)) ^ x) & full
    return bin(s).count("1")


def is_subseq(t, s):
    it = iter(s)
    return all(ch in it for ch in t)


def brute(a, b):
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    for k in range(len(short), 0, -1):
        for idx in itertools.combinations(range(len(short)), k):
            if is_subseq("".join(short[i] for i in idx), long_):
                return k
    return 0


def write(kind, name, a, b):
    assert 1 <= len(a) <= MAXN and 1 <= len(b) <= MAXN
    assert all(c in string.ascii_lowercase for c in a + b)
    ans = dp_lcs(a, b)
    if bit_lcs(a, b) != ans:
        sys.exit("%s/%s: dp and bit-parallel disagree" % (kind, name))
    if min(len(a), len(b)) <= 14 and brute(a, b) != ans:
        sys.exit("%s/%s: dp and brute force disagree" % (kind, name))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(a) + "\n" + json.dumps(b) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def rand_str(rng, n, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    rng = random.Random(20260311)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", "abcde", "ace")
    write("sample", "02", "ordered", "rdr")
    write("sample", "03", "abc", "xyz")

    write("secret", "01-single-equal", "q", "q")
    write("secret", "02-single-different", "q", "r")
    write("secret", "03-identical", "dynamic", "dynamic")
    write("secret", "04-reversed", "abcdefgh", "hgfedcba")
    write("secret", "05-contained", "xaxbxcxdx", "abcd")
    # Greedy matching of the first common character is wrong here: "b" first loses "aaa".
    write("secret", "06-greedy-trap", "baaa", "aaab")
    # The longest common substring is "xyz" (3), the longest common subsequence is 4.
    write("secret", "07-not-substring", "axyzbcd", "xyzabxcd")
    write("secret", "08-random-small-binary", rand_str(rng, 12, "ab"), rand_str(rng, 14, "ab"))
    write("secret", "09-random-small", rand_str(rng, 13, "abcde"), rand_str(rng, 11, "abcde"))
    write("secret", "10-random-medium", rand_str(rng, 200), rand_str(rng, 300))
    write("secret", "11-one-long-one-short", rand_str(rng, MAXN), "zebra")
    answers = []
    # Large tests: 1000 x 1000 = 10^6 table cells each (LeetCode's largest).
    answers.append(write("secret", "12-large-random", rand_str(rng, MAXN), rand_str(rng, MAXN)))
    answers.append(write("secret", "13-large-binary", rand_str(rng, MAXN, "ab"), rand_str(rng, MAXN, "ab")))
    # No common character: every pair of characters differs (worst case for plain recursion).
    answers.append(write("secret", "14-large-disjoint", rand_str(rng, MAXN, "abcdefghijklm"),
                         rand_str(rng, MAXN, "nopqrstuvwxyz")))
    answers.append(write("secret", "15-large-same-letter", "k" * MAXN, "k" * (MAXN - 1)))
    base = rand_str(rng, MAXN, "abcd")
    mutated = list(base)
    for _ in range(300):
        mutated[rng.randrange(MAXN)] = rng.choice("abcd")
    answers.append(write("secret", "16-large-mutated", base, "".join(mutated)))
    answers.append(write("secret", "17-large-periodic", ("abc" * MAXN)[:MAXN], ("cab" * MAXN)[:MAXN - 7]))
    print("large answers:", answers)


if __name__ == "__main__":
    main()
