# Accepted: one read of stdin, math.fsum (correctly rounded sum), 9 decimals.
import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print("%.9f" % (math.fsum(map(float, data[1:n + 1])) / n))


main()
