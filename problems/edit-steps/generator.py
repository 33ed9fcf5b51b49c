#!/usr/bin/env python3
"""Writes data/ for `edit-steps` (fixed seed) and checks every answer twice.

Reference: the classic O(|a|*|b|) dynamic programme (Levenshtein distance), one row at a time.
Check: Myers' bit-vector algorithm in Hyyro's formulation (big-integer bit vectors over the
positions of a, one step per character of b), and on small tests a plain recursion over the
three kinds of steps without any table. All must agree; the answer must also lie between
| |a| - |b| | and max(|a|, |b|).
"""
import json
import os
import random
import shutil
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 500  # LeetCode 72: 0 <= word1.length, word2.length <= 500


def dp_distance(a, b):
    m = len(b)
    prev = list(range(m + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            if ca == b[j - 1]:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
        prev = cur
    return prev[m]


def myers_distance(a, b):
    m = len(a)
    if m == 0:
        return len(b)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    peq = {}
    for i, c in enumerate(a):
        peq[c] = peq.get(c, 0) | (1 << i)
    pv, mv, score = full, 0, m
    for c in b:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & full) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & full  # global distance: the top row grows by one per column
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    return score


def recursive_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return recursive_distance(a[1:], b[1:])
    return 1 + min(recursive_distance(a[1:], b),      # delete a[0]
                   recursive_distance(a, b[1:]),      # insert b[0]
                   recursive_distance(a[1:], b[1:]))  # replace a[0] by b[0]


def write(kind, name, a, b):
    assert len(a) <= MAXN and len(b) <= MAXN
    assert all(c in string.ascii_lowercase for c in a + b)
    ans = dp_distance(a, b)
    if myers_distance(a, b) != ans:
        sys.exit("%s/%s: dp and bit-vector disagree" % (kind, name))
    if not abs(len(a) - len(b)) <= ans <= max(len(a), len(b)):
        sys.exit("%s/%s: answer out of bounds" % (kind, name))
    if len(a) + len(b) <= 16 and recursive_distance(a, b) != ans:
        sys.exit("%s/%s: dp and recursion disagree" % (kind, name))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(a) + "\n" + json.dumps(b) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def rand_str(rng, n, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mutate(rng, s, steps, alphabet=string.ascii_lowercase):
    s = list(s)
    for _ in range(steps):
        op = rng.randrange(3)
        if op == 0 and s:
            del s[rng.randrange(len(s))]
        elif op == 1 and s:
            s[rng.randrange(len(s))] = rng.choice(alphabet)
        else:
            s.insert(rng.randrange(len(s) + 1), rng.choice(alphabet))
    return "".join(s)


def main():
    rng = random.Random(20260312)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    # Myers' algorithm self-test against the table on many small random pairs.
    for _ in range(3000):
        a = rand_str(rng, rng.randint(0, 9), "abc")
        b = rand_str(rng, rng.randint(0, 9), "abc")
        if myers_distance(a, b) != dp_distance(a, b):
            sys.exit("bit-vector self-test failed on %r %r" % (a, b))

    write("sample", "01", "sunday", "saturday")
    write("sample", "02", "plane", "planet")
    write("sample", "03", "", "abc")

    write("secret", "01-both-empty", "", "")
    write("secret", "02-second-empty", "abcdef", "")
    write("secret", "03-equal", "levenshtein", "levenshtein")
    write("secret", "04-one-replace", "kitten", "kitchen")
    write("secret", "05-all-different", "abcd", "wxyz")
    # Deleting and inserting costs two; one replacement is cheaper.
    write("secret", "06-replace-beats-delete-insert", "abxd", "abyd")
    write("secret", "07-rotation", "abcdefg", "gabcdef")
    write("secret", "08-reversed", "stressed", "desserts")
    write("secret", "09-random-small", rand_str(rng, 7, "abc"), rand_str(rng, 8, "abc"))
    write("secret", "10-random-medium", rand_str(rng, 150, "abcd"), rand_str(rng, 170, "abcd"))
    write("secret", "11-long-versus-empty", rand_str(rng, MAXN), "")
    answers = []
    # Large tests: 500 x 500 cells each (LeetCode's largest).
    answers.append(write("secret", "12-large-random", rand_str(rng, MAXN), rand_str(rng, MAXN)))
    base = rand_str(rng, MAXN, "acgt")
    answers.append(write("secret", "13-large-few-edits", base, mutate(rng, base, 40, "acgt")[:MAXN]))
    answers.append(write("secret", "14-large-binary", rand_str(rng, MAXN, "ab"), rand_str(rng, MAXN - 1, "ab")))
    answers.append(write("secret", "15-large-shifted", "x" + ("abcde" * MAXN)[:MAXN - 1],
                         ("abcde" * MAXN)[:MAXN - 1] + "y"))
    answers.append(write("secret", "16-long-versus-short", rand_str(rng, MAXN, "xyz"), "zyxzyx"))
    print("large answers:", answers)


if __name__ == "__main__":
    main()
