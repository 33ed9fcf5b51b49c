# Time limit exceeded: tries every pair, O(N^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = list(map(int, data[2:n + 2]))
    for i in range(n):
        need = t - a[i]
        for j in range(i + 1, n):
            if a[j] == need:
                print(i + 1, j + 1)
                return


main()
