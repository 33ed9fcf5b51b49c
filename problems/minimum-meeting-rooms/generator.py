#!/usr/bin/env python3
"""Tests of `minimum-meeting-rooms` (fixed seed). Run: /usr/bin/python3 generator.py

Meetings are half-open [start, end). The answer is computed with two sorted lists and two
pointers (reference) and checked independently on every test: by a min-heap room assignment
(meetings by start, reuse the room that frees first) and, on small tests, by a brute force that
counts at every start time the meetings with start <= t < end.
"""
import heapq
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 10**4  # LeetCode 253: 1 <= intervals.length <= 10^4, 0 <= start < end <= 10^6
MAXV = 10**6


def reference(meetings):
    starts = sorted(s for s, _ in meetings)
    ends = sorted(e for _, e in meetings)
    rooms = best = 0
    j = 0
    for s in starts:
        while ends[j] <= s:
            j += 1
            rooms -= 1
        rooms += 1
        best = max(best, rooms)
    return best


def with_heap(meetings):
    heap = []
    for s, e in sorted(meetings):
        if heap and heap[0] <= s:
            heapq.heapreplace(heap, e)
        else:
            heapq.heappush(heap, e)
    return len(heap)


def brute(meetings):
    return max(sum(1 for s, e in meetings if s <= t < e) for t, _ in meetings)


def check(meetings):
    assert 1 <= len(meetings) <= MAXN
    assert all(len(m) == 2 and 0 <= m[0] < m[1] <= MAXV for m in meetings)
    ans = reference(meetings)
    if ans != with_heap(meetings):
        sys.exit("disagreement (heap)")
    if len(meetings) <= 2000 and ans != brute(meetings):
        sys.exit("disagreement (brute)")
    return ans


def write(kind, name, meetings):
    ans = check(meetings)
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(meetings, separators=(",", ":")) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")
    return ans


def random_meetings(rng, n, hi, maxlen):
    out = []
    for _ in range(n):
        s = rng.randint(0, hi - 1)
        out.append([s, min(hi, s + rng.randint(1, maxlen))])
    return out


def main():
    rng = random.Random(20260416)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)
    write("sample", "01", [[0, 30], [5, 10], [15, 20]])
    write("sample", "02", [[9, 12], [12, 14], [7, 9]])
    write("sample", "03", [[1, 5], [2, 6], [3, 7], [6, 8]])

    write("secret", "01-single", [[4, 9]])
    write("secret", "02-identical", [[2, 3]] * 6)
    write("secret", "03-touching-chain", [[i, i + 1] for i in range(20, 0, -1)])
    write("secret", "04-one-long-many-short", [[0, 100]] + [[i, i + 1] for i in range(0, 100, 2)])
    write("secret", "05-nested", [[i, 50 - i] for i in range(20)])
    write("secret", "06-extremes", [[0, MAXV], [MAXV - 1, MAXV], [0, 1], [1, MAXV - 1]])
    write("secret", "07-end-before-start-order", [[5, 8], [1, 5], [8, 9], [3, 5], [5, 6]])
    write("secret", "08-small-random", random_meetings(rng, 40, 100, 20))
    write("secret", "09-medium-random", random_meetings(rng, 2000, 10**4, 200))
    write("secret", "10-medium-wide", random_meetings(rng, 2000, MAXV, 10**5))
    # Rooms reused in a greedy-unfriendly order: starts sorted by end would give a wrong count.
    write("secret", "11-medium-staircase", [[i, i + 1000] for i in range(0, 2000)])
    # Large: times up to 10^6, so checking every time unit against every meeting is hopeless.
    write("secret", "12-large-random", random_meetings(rng, MAXN, MAXV, 5000))
    write("secret", "13-large-short", random_meetings(rng, MAXN, MAXV, 30))
    nested = [[i, MAXV - i] for i in range(0, 5000)]
    rng.shuffle(nested)
    write("secret", "14-large-nested", nested)
    chain = [[i * 10, i * 10 + 10] for i in range(MAXN)]
    rng.shuffle(chain)
    write("secret", "15-large-touching-chain", chain)


if __name__ == "__main__":
    main()
