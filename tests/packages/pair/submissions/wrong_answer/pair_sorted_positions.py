# Wrong answer: sorts the values and prints positions in the sorted order, not the original indices.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:n + 2]))
    lo, hi = 0, n - 1
    while lo < hi:
        s = a[lo] + a[hi]
        if s == t:
            break
        if s < t:
            lo += 1
        else:
            hi -= 1
    print(lo + 1, hi + 1)


main()
