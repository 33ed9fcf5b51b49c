#!/usr/bin/env python3
"""Writes data/ for word-frequency (fixed seed) and checks every answer twice."""
import collections
import os
import random
import re
import shutil
import string
import sys

rng = random.Random(8675309)
MAXLEN = 10**6
PUNCT = " ,.;:!?'\"()-[]{}0123456789/&*#@$%+=<>_|~`^\\"


def solve(text):
    """Reference: regular expression, Counter, one sort with a composite key."""
    words = re.findall(r"[A-Za-z]+", text)
    cnt = collections.Counter(w.lower() for w in words)
    items = sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))
    return "".join(f"{w} {c}\n" for w, c in items)


def second(text):
    """Second method: a hand-written scanner, a plain dict, and two stable sorts."""
    counts = {}
    cur = []
    for ch in text + " ":
        o = ord(ch)
        if 65 <= o <= 90:
            cur.append(chr(o + 32))
        elif 97 <= o <= 122:
            cur.append(ch)
        elif cur:
            w = "".join(cur)
            counts[w] = counts.get(w, 0) + 1
            cur = []
    items = list(counts.items())
    items.sort(key=lambda kv: kv[0])
    items.sort(key=lambda kv: kv[1], reverse=True)  # stable: ties stay alphabetical
    return "".join(f"{w} {c}\n" for w, c in items)


def rand_word(lo=1, hi=9):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(lo, hi)))


def case_mix(w):
    r = rng.random()
    if r < 0.7:
        return w
    if r < 0.85:
        return w.capitalize()
    if r < 0.95:
        return w.upper()
    return "".join(c.upper() if rng.random() < 0.5 else c for c in w)


def sep():
    r = rng.random()
    if r < 0.75:
        return " "
    if r < 0.85:
        return rng.choice([", ", ". ", "\n", "; "])
    return "".join(rng.choice(PUNCT + "\t\n") for _ in range(rng.randint(1, 3)))


def text_from(words, line=80):
    out = []
    col = 0
    for w in words:
        out.append(case_mix(w))
        s = sep()
        col += len(w) + len(s)
        if col > line:
            s = "\n"
            col = 0
        out.append(s)
    return "".join(out).rstrip(" ") + "\n"


def zipf_text(n_words, vocab_size):
    vocab = sorted({rand_word(2, 10) for _ in range(vocab_size)})
    rng.shuffle(vocab)
    weights = [1.0 / (i + 1) for i in range(len(vocab))]
    return text_from(rng.choices(vocab, weights=weights, k=n_words))


def distinct_text(n_words):
    vocab = set()
    while len(vocab) < n_words:
        vocab.add(rand_word(4, 8))
    vocab = sorted(vocab)
    rng.shuffle(vocab)
    return text_from(vocab)


tests = []
tests.append(("sample/01", "The cat saw the dog, and the dog saw the cat.\n"))
tests.append(("sample/02", "Rain? RAIN! rain...\nSun; sun-rise 2024.\n"))
tests.append(("secret/01-single-word", "hello\n"))
tests.append(("secret/02-single-letter-no-newline", "x"))
tests.append(("secret/03-case-folding", "Apple APPLE apple aPPLE Banana\n"))
tests.append(("secret/04-apostrophes-split", "Don't stop: it's the cat's toy, isn't it?\n"))
tests.append(("secret/05-digits-split", "abc123def 4ghi jkl5 abc9abc\n"))
tests.append(("secret/06-ties-alphabetical", "pear fig kiwi apple fig pear kiwi apple zebra\n"))
tests.append(("secret/07-prefixes", "a ab abc abcd ab a abc a\n"))
tests.append(("secret/08-whitespace-only-separators", "  one\ttwo\n\nthree   two\t\tone\n   one  \n"))
tests.append(("secret/09-punctuation-heavy", "!!!wow!!! ...wow... (wow) [such] {much} <wow> \"much\" #such @wow\n"))
tests.append(("secret/10-long-word", ("Long" * 500) + " " + ("long" * 500) + " short\n"))
tests.append(("secret/11-small-random", text_from([rand_word(1, 4) for _ in range(60)])))
tests.append(("secret/12-medium-zipf", zipf_text(5000, 800)))
tests.append(("secret/13-large-zipf", zipf_text(120000, 40000)))
tests.append(("secret/14-large-all-distinct", distinct_text(70000)))
tests.append(("secret/15-large-one-word", ("echo " * 60000).rstrip() + "\n"))
tests.append(("secret/16-large-few-words", text_from(rng.choices(["alpha", "beta", "gamma", "delta", "x"], k=40000))))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "data")
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(os.path.join(data, "sample"))
    os.makedirs(os.path.join(data, "secret"))
    for name, text in tests:
        assert 1 <= len(text) <= MAXLEN, name
        assert all(32 <= ord(c) <= 126 or c in "\t\n" for c in text), name
        ans = solve(text)
        if ans != second(text):
            sys.exit(f"{name}: reference disagrees with the hand-written scanner")
        if not ans:
            sys.exit(f"{name}: no words")
        with open(os.path.join(data, name + ".in"), "w", newline="") as f:
            f.write(text)
        with open(os.path.join(data, name + ".ans"), "w") as f:
            f.write(ans)
    print(f"wrote {len(tests)} tests")


if __name__ == "__main__":
    main()
