# Too slow: keeps the counts in a list of [word, count] pairs and searches it linearly for
# every word, O(words * distinct words).
import sys

text = sys.stdin.read()
pairs = []
cur = []
for ch in text + " ":
    if ch.isascii() and ch.isalpha():
        cur.append(ch.lower())
    elif cur:
        w = "".join(cur)
        cur = []
        for p in pairs:
            if p[0] == w:
                p[1] += 1
                break
        else:
            pairs.append([w, 1])
pairs.sort(key=lambda p: (-p[1], p[0]))
sys.stdout.write("".join(f"{w} {n}\n" for w, n in pairs))
