# Memory limit exceeded: a list of 64 Mi slots (512 MiB of pointers, all written; the limit is 64 MiB).
import sys


def main():
    slots = [0.0] * (64 << 20)
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    for i in range(n):
        slots[i] = float(data[i + 1])
    print("%.9f" % (sum(slots[:n]) / n))


main()
