# Treats r as exclusive: prefix[r - 1] - prefix[l - 1].
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
prefix = [0] + list(accumulate(map(int, data[2:2 + n])))
out = []
for i in range(q):
    l, r = int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])
    out.append(prefix[r - 1] - prefix[l - 1])
print("\n".join(map(str, out)))
