# Wrong answer: the right mean printed with only 1 decimal (errors up to 0.05 > 1e-6).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print("%.1f" % (sum(map(float, data[1:n + 1])) / n))


main()
