#!/usr/bin/env python3
"""Writes data/ for `clean-palindrome` (fixed seed) and checks every answer twice.

Reference: build the cleaned string and compare it with its reverse.
Check: an independent two-pointer scan over the raw string that classifies characters by their
ASCII codes (no str.isalnum/str.lower), run on every test.
"""
import json
import os
import random
import shutil
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAXN = 2 * 10**5
ALNUM = string.ascii_letters + string.digits
PRINTABLE = "".join(chr(c) for c in range(32, 127))
JUNK = "".join(c for c in PRINTABLE if c not in ALNUM)
# The neighbours of the alphanumeric ranges in ASCII: / : @ [ ` {
EDGES = "/:@[`{"


def reference(s):
    t = [c.lower() for c in s if c.isascii() and c.isalnum()]
    return t == t[::-1]


def scan(s):
    def keep(c):
        o = ord(c)
        return 48 <= o <= 57 or 65 <= o <= 90 or 97 <= o <= 122

    def low(c):
        o = ord(c)
        return o + 32 if 65 <= o <= 90 else o

    i, j = 0, len(s) - 1
    while i < j:
        if not keep(s[i]):
            i += 1
        elif not keep(s[j]):
            j -= 1
        elif low(s[i]) != low(s[j]):
            return False
        else:
            i += 1
            j -= 1
    return True


def write(kind, name, s, expect=None):
    assert 1 <= len(s) <= MAXN and all(32 <= ord(c) <= 126 for c in s)
    ans = reference(s)
    if ans != scan(s):
        sys.exit("%s/%s: reference %s, scan %s" % (kind, name, ans, scan(s)))
    if expect is not None and ans != expect:
        sys.exit("%s/%s: expected %s by construction, got %s" % (kind, name, expect, ans))
    d = os.path.join(HERE, "data", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(json.dumps(s) + "\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(json.dumps(ans) + "\n")


def noisy_palindrome(rng, n, junk_rate, alphabet=ALNUM):
    """A string of length about n whose cleaned form is a palindrome."""
    core_len = max(1, int(n * (1 - junk_rate) * 0.97))
    half = [rng.choice(alphabet).lower() for _ in range(core_len // 2)]
    core = half + ([rng.choice(alphabet).lower()] if core_len % 2 else []) + half[::-1]
    out = []
    for c in core:
        while rng.random() < junk_rate:
            out.append(rng.choice(JUNK))
        out.append(c.upper() if rng.random() < 0.5 else c)
    s = "".join(out)
    if len(s) > MAXN:
        return noisy_palindrome(rng, int(n * 0.95), junk_rate, alphabet)
    return s


def break_one(rng, s, near_middle=False):
    """Change one alphanumeric character so that the cleaned string is no longer a palindrome."""
    idx = [i for i, c in enumerate(s) if c in ALNUM]
    if near_middle:
        m = len(idx) // 2
        idx = idx[max(0, m - 3):m]
    i = rng.choice(idx)
    old = s[i].lower()
    new = rng.choice([c for c in ALNUM if c.lower() != old])
    return s[:i] + new + s[i + 1:]


def main():
    rng = random.Random(20260302)
    shutil.rmtree(os.path.join(HERE, "data"), ignore_errors=True)

    write("sample", "01", "Step on no pets!", True)
    write("sample", "02", "Race a car", False)
    write("sample", "03", " ?! ", True)

    write("secret", "01-single-letter", "Q", True)
    write("secret", "02-single-symbol", "#", True)
    write("secret", "03-digit-vs-letter", "0P", False)
    write("secret", "04-case-only", "AbCcBa", True)
    # Characters next to the alphanumeric ranges in ASCII are not alphanumeric.
    write("secret", "05-ascii-edges-true", "a@b`[B{A/:", True)
    write("secret", "06-ascii-edges-false", "@a`b", False)
    write("secret", "07-quotes-backslashes", "\\\"x\" 1 \\ 1'X", True)
    write("secret", "08-digits", "12 3-21", True)
    write("secret", "09-digits-false", "10/01/2001", False)
    write("secret", "10-two-different", "ab", False)
    write("secret", "11-only-junk", "".join(rng.choice(JUNK) for _ in range(500)), True)
    write("secret", "12-random-noisy", noisy_palindrome(rng, 3000, 0.3), True)
    write("secret", "13-random-broken", break_one(rng, noisy_palindrome(rng, 3000, 0.3)), False)
    write("secret", "14-broken-middle",
          break_one(rng, noisy_palindrome(rng, 5001, 0.2), near_middle=True), False)
    # Letters only, where the digit/letter confusion of 0/O and 1/l/I would not matter.
    write("secret", "15-random-letters", noisy_palindrome(rng, 1000, 0.1, string.ascii_letters), True)
    # Large tests.
    write("secret", "16-large-noisy", noisy_palindrome(rng, MAXN, 0.4), True)
    write("secret", "17-large-broken-middle",
          break_one(rng, noisy_palindrome(rng, MAXN, 0.25), near_middle=True), False)
    write("secret", "18-large-clean", noisy_palindrome(rng, MAXN, 0.0), True)
    # Only the two middle characters differ.
    half = MAXN // 2 - 3
    write("secret", "19-large-one-off", "Ab" + "a" * half + "cd" + "A" * half + "bA", False)
    write("secret", "20-large-spaces", " " * (MAXN - 1) + "Z", True)


if __name__ == "__main__":
    main()
