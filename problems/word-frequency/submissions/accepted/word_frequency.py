import re
import sys
from collections import Counter

text = sys.stdin.read()
counts = Counter(w.lower() for w in re.findall(r"[A-Za-z]+", text))
items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
sys.stdout.write("".join(f"{w} {n}\n" for w, n in items))
