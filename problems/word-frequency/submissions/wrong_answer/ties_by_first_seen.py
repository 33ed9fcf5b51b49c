# Wrong: words with equal counts stay in order of first appearance instead of alphabetical.
import re
import sys
from collections import Counter

text = sys.stdin.read()
counts = Counter(w.lower() for w in re.findall(r"[A-Za-z]+", text))
for w, n in counts.most_common():
    print(w, n)
