#!/usr/bin/env python3
"""Writes data/ for postfix-calculator (fixed seed) and checks every answer twice."""
import json
import os
import random
import shutil
import sys
import threading
from fractions import Fraction

rng = random.Random(31415)
LO, HI = -2**31, 2**31 - 1
MAXN = 10**4  # LeetCode 150: 1 <= tokens.length <= 10^4, operands in [-200, 200]
TOK = 200
OPS = "+-*/"


def tdiv(a, b):
    q = abs(a) // abs(b)
    return -q if (a < 0) != (b < 0) else q


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return tdiv(a, b)


def solve(tokens):
    """Reference: a stack of values; every intermediate value must fit in 32 bits."""
    st = []
    for t in tokens:
        if t in OPS:
            b = st.pop()
            a = st.pop()
            assert not (t == "/" and b == 0)
            v = apply(t, a, b)
            assert LO <= v <= HI, "intermediate value out of range"
            st.append(v)
        else:
            assert str(int(t)) == t
            v = int(t)
            assert LO <= v <= HI
            st.append(v)
    assert len(st) == 1
    return st[0]


def floor_eval(tokens):
    """The classic mistake (Python's //, rounding toward minus infinity), unbounded."""
    st = []
    for t in tokens:
        if t in OPS:
            b = st.pop()
            a = st.pop()
            if t == "/" and b == 0:
                return None
            v = a // b if t == "/" else apply(t, a, b)
            if abs(v) > 2**62:
                return None
            st.append(v)
        else:
            st.append(int(t))
    return st[0]


def descent(tokens):
    """Second method: parse from the right end (operator, then its right operand, then its
    left one) recursively, dividing with exact fractions truncated toward zero."""
    pos = [len(tokens) - 1]

    def ev():
        t = tokens[pos[0]]
        pos[0] -= 1
        if t not in OPS:
            return int(t)
        b = ev()
        a = ev()
        if t == "/":
            v = int(Fraction(a, b))  # int() of a Fraction truncates toward zero
        else:
            v = {"+": a + b, "-": a - b, "*": a * b}[t]
        if not LO <= v <= HI:
            raise ValueError("out of range")
        return v

    v = ev()
    if pos[0] != -1:
        raise ValueError("tokens left over")
    return v


def descent_big_stack(tokens):
    result = []
    sys.setrecursionlimit(1000000)
    threading.stack_size(1 << 29)
    th = threading.Thread(target=lambda: result.append(descent(tokens)))
    th.start()
    th.join()
    return result[0]


def num(lo=-TOK, hi=TOK):
    # mostly small operands, sometimes tiny ones so products and quotients vary
    r = rng.random()
    if r < 0.4:
        return rng.randint(-9, 9)
    if r < 0.8:
        return rng.randint(lo, hi)
    return rng.randint(-100, 100)


def random_postfix(n_numbers, op_weights="+-*/", push_prob=0.5):
    """A random valid postfix expression with n_numbers operands; operators are chosen so
    that every intermediate value fits in 32 bits and nobody divides by zero."""
    tokens = []
    st = []
    left = n_numbers
    while left or len(st) > 1:
        if left and (len(st) < 2 or rng.random() < push_prob):
            v = num()
            st.append(v)
            tokens.append(str(v))
            left -= 1
            continue
        b = st.pop()
        a = st.pop()
        ops = list(op_weights)
        rng.shuffle(ops)
        for k, op in enumerate(ops + list("+-")):
            if op == "/" and b == 0:
                continue
            v = apply(op, a, b)
            # results of 0 would soon make everything 0: keep few of them
            if LO <= v <= HI and (v != 0 or k >= len(ops) or rng.random() < 0.05):
                break
        else:
            # a + b and a - b both overflow only if... they cannot both; kept for safety
            raise AssertionError("no operator fits")
        st.append(v)
        tokens.append(op)
    return tokens


def deep(n_numbers):
    """All operands first, then all operators: the stack holds every operand at once."""
    vals = [rng.randint(-9, 9) for _ in range(n_numbers)]
    tokens = [str(v) for v in vals]
    st = vals[:]
    while len(st) > 1:
        b = st.pop()
        a = st.pop()
        for k, op in enumerate(rng.sample(OPS, 4) + list("+-")):
            if op == "/" and b == 0:
                continue
            v = apply(op, a, b)
            if LO <= v <= HI and (v != 0 or k >= 4 or rng.random() < 0.05):
                break
        st.append(v)
        tokens.append(op)
    return tokens


def chain(n_numbers):
    """a b op c op d op ...: the stack never holds more than two values."""
    return random_postfix(n_numbers, push_prob=0.0)


tests = []
tests.append(("sample/01", ["3", "4", "+", "2", "*"]))
tests.append(("sample/02", ["7", "-2", "/"]))
tests.append(("sample/03", ["10", "2", "8", "*", "+", "3", "-"]))
tests.append(("secret/01-single-number", ["42"]))
tests.append(("secret/02-single-negative", ["-17"]))
tests.append(("secret/03-subtract-order", ["3", "10", "-"]))
tests.append(("secret/04-divide-order", ["2", "10", "/"]))
tests.append(("secret/05-truncate-positive", ["7", "2", "/"]))
tests.append(("secret/06-truncate-negative-numerator", ["-7", "2", "/", "-9", "4", "/", "+"]))
tests.append(("secret/07-both-negative", ["-7", "-2", "/"]))
tests.append(("secret/08-zero-numerator", ["0", "-9", "/"]))
tests.append(("secret/09-int-min-product", ["-128", "128", "*", "128", "*", "128", "*", "8", "*"]))
tests.append(("secret/10-large-product", ["200", "200", "*", "200", "*", "200", "*", "-13", "/"]))
tests.append(("secret/11-extreme-literals", ["-200", "200", "+", "-1", "/", "-200", "*"]))
tests.append(("secret/12-small-random", random_postfix(8)))
tests.append(("secret/13-medium-random", random_postfix(500)))
tests.append(("secret/14-large-random", random_postfix(MAXN // 2)))
tests.append(("secret/15-large-deep", deep(MAXN // 2)))
tests.append(("secret/16-large-chain", chain(MAXN // 2)))
tests.append(("secret/17-large-divisions", random_postfix(MAXN // 2, op_weights="//-*")))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "data")
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(os.path.join(data, "sample"))
    os.makedirs(os.path.join(data, "secret"))
    for name, tokens in tests:
        assert 1 <= len(tokens) <= MAXN, name
        assert all(t in "+-*/" or -TOK <= int(t) <= TOK for t in tokens), name
        ans = solve(tokens)
        second = descent_big_stack(tokens)
        if ans != second:
            sys.exit(f"{name}: reference {ans} != descent {second}")
        if ("random" in name or "divisions" in name) and len(tokens) > 100 and floor_eval(tokens) == ans:
            sys.exit(f"{name}: floor division gives the same answer, test too weak")
        with open(os.path.join(data, name + ".in"), "w") as f:
            f.write(json.dumps(tokens, separators=(",", ":")) + "\n")
        with open(os.path.join(data, name + ".ans"), "w") as f:
            f.write(json.dumps(ans) + "\n")
        print(name, len(tokens), ans)
    print(f"wrote {len(tests)} tests")


if __name__ == "__main__":
    main()
