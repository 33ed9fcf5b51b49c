#!/usr/bin/env python3
"""Writes data/ for `queens-count` (fixed seed) and checks every answer twice.

Reference: row-by-row backtracking with bit masks of the attacked columns and diagonals.
Check: an independent search over the permutations of the columns (one queen per row and per
column) that rejects two queens on a diagonal, for n <= 9, and the published sequence of
solution counts (OEIS A000170) for every n up to 12 (the tests stop at LeetCode's 9).
"""
import itertools
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 9  # LeetCode 52: 1 <= n <= 9
# OEIS A000170: number of ways to place n non-attacking queens on an n x n board.
KNOWN = {1: 1, 2: 0, 3: 0, 4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352, 10: 724, 11: 2680, 12: 14200}


def backtrack(n):
    full = (1 << n) - 1

    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return go(0, 0, 0)


def by_permutations(n):
    count = 0
    for perm in itertools.permutations(range(n)):
        if len({r + c for r, c in enumerate(perm)}) == n and len({r - c for r, c in enumerate(perm)}) == n:
            count += 1
    return count


def write(kind, name, n):
    assert 1 <= n <= MAXN
    ans = backtrack(n)
    if ans != KNOWN[n]:
        sys.exit("%s/%s: backtracking disagrees with A000170" % (kind, name))
    if n <= 9 and by_permutations(n) != ans:
        sys.exit("%s/%s: backtracking and permutations disagree" % (kind, name))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(n) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def main():
    random.Random(20260314)  # no random data: every n from 1 to 9 is a test
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", 4)
    write("sample", "02", 1)
    write("sample", "03", 3)

    names = {1: "one-square", 2: "no-placement", 3: "no-placement", 4: "smallest-solvable",
             6: "fewer-than-five", 8: "chessboard"}
    for n in range(1, MAXN + 1):
        write("secret", "%02d-n%d%s" % (n, n, "-" + names[n] if n in names else ""), n)
    # The largest boards once more: a search must be fast enough for several of them in one run.
    write("secret", "10-large-n9", 9)
    write("secret", "11-large-n8", 8)
    write("secret", "12-large-n9", 9)


if __name__ == "__main__":
    main()
