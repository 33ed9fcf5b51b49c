#!/usr/bin/env python3
"""Tests of `anagram-groups` (fixed seed). Run: /usr/bin/python3 generator.py

The answer is computed by grouping on the sorted letters (reference) and checked with a second,
independent method: letter-count signatures and a stable sort of the positions (all tests), plus a
pairwise comparison of letter counts on the small tests. The groups are compared as a set of
groups (the package compares the top level unordered); inside a group the input order is kept.
"""
import collections
import json
import os
import random
import shutil
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10**4  # LeetCode 49: 1 <= strs.length <= 10^4, 0 <= strs[i].length <= 100
MAXLEN = 100


def reference(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return list(groups.values())


def by_counts(words):
    def sig(w):
        c = [0] * 26
        for ch in w:
            c[ord(ch) - 97] += 1
        return tuple(c)
    order = sorted(range(len(words)), key=lambda i: (sig(words[i]), i))
    out, prev = [], None
    for i in order:
        s = sig(words[i])
        if s != prev:
            out.append([])
            prev = s
        out[-1].append(words[i])
    return out


def pairwise(words):
    counts = [collections.Counter(w) for w in words]
    owner = [-1] * len(words)
    out = []
    for i in range(len(words)):
        if owner[i] >= 0:
            continue
        owner[i] = len(out)
        group = [words[i]]
        for j in range(i + 1, len(words)):
            if owner[j] < 0 and counts[j] == counts[i]:
                owner[j] = owner[i]
                group.append(words[j])
        out.append(group)
    return out


def canon(groups):
    return sorted(json.dumps(g) for g in groups)


def check(words):
    assert 1 <= len(words) <= MAXN
    assert all(len(w) <= MAXLEN and all(c in string.ascii_lowercase for c in w) for w in words)
    ans = reference(words)
    others = [by_counts(words)]
    if len(words) <= 3000:
        others.append(pairwise(words))
    for o in others:
        if canon(o) != canon(ans):
            sys.exit("disagreement")
    assert sum(len(g) for g in ans) == len(words)
    return ans


def write(kind, name, words):
    ans = check(words)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(words, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, separators=(",", ":")) + "\n")


def rand_word(rng, lo, hi, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def shuffled(rng, w):
    letters = list(w)
    rng.shuffle(letters)
    return "".join(letters)


def families(rng, n, bases):
    """n words, each a random rearrangement of one of the base words."""
    return [shuffled(rng, rng.choice(bases)) for _ in range(n)]


def main():
    rng = random.Random(20260413)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", ["listen", "stone", "silent", "tones", "enlist", "apple"])
    write("sample", "02", ["q"])
    write("sample", "03", ["ab", "ba", "ab", ""])

    write("secret", "01-empty-word", [""])
    write("secret", "02-two-empty", ["", "x", ""])
    # Same length and same letter sum, or same set of letters, but not anagrams.
    write("secret", "03-same-letter-sum", ["ad", "bc", "da", "cb", "be"])
    write("secret", "04-same-letter-set", ["aab", "abb", "bab", "baa", "ab"])
    write("secret", "05-duplicates-kept", ["zz", "zz", "z", "zz", "z"])
    write("secret", "06-order-inside-group", ["cba", "abc", "bca", "bac", "acb", "cab"])
    write("secret", "07-all-distinct", ["a", "b", "c", "ab", "abc", "abcd", "bcde"])
    write("secret", "08-single-letter-alphabet", ["a" * k for k in (3, 1, 3, 2, 1, 3)])
    write("secret", "09-max-length", ["z" * 99 + "a", "a" + "z" * 99, "y" * 100, "z" * 100])
    write("secret", "10-small-random", families(rng, 40, [rand_word(rng, 1, 5, "abc") for _ in range(8)]))
    write("secret", "11-medium-random", [rand_word(rng, 0, 4, "abcd") for _ in range(2000)])
    write("secret", "12-medium-families",
          families(rng, 3000, [rand_word(rng, 5, 30) for _ in range(300)]))
    # Large: almost every word is its own group (a linear search over the groups is quadratic).
    write("secret", "13-large-distinct", [rand_word(rng, 5, 8) for _ in range(MAXN)])
    write("secret", "13b-large-distinct-longer", [rand_word(rng, 8, 12) for _ in range(MAXN)])
    write("secret", "14-large-pairs", families(rng, MAXN, [rand_word(rng, 8, 14) for _ in range(5000)]))
    # Large: few big groups of long words.
    write("secret", "15-large-few-groups", families(rng, MAXN, [rand_word(rng, 3, 12) for _ in range(60)]))
    write("secret", "16-large-long-words", families(rng, 3000, [rand_word(rng, 90, 100) for _ in range(800)]))


if __name__ == "__main__":
    main()
