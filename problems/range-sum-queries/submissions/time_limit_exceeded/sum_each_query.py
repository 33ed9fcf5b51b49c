# Sums each range directly: O(n) per query, O(n * q) in all.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for i in range(q):
    l, r = int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])
    out.append(sum(a[l - 1:r]))
print("\n".join(map(str, out)))
