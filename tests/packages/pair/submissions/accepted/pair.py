# Accepted: one pass with a dict from value to index (look up before inserting).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    seen = {}
    for j, x in enumerate(map(int, data[2:n + 2]), 1):
        i = seen.get(t - x)
        if i is not None:
            print(i, j)
            return
        seen[x] = j


main()
