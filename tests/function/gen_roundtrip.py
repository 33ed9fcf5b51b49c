#!/usr/bin/env python3
"""Generates the driver round-trip packages under tests/function/rt_*:
one function problem per type whose function returns its argument unchanged
(plus an in-place one), with edge-case tests: empty arrays, negative numbers,
64-bit limits, Unicode strings, escapes, null tree nodes, deep lists and trees.
Deterministic (fixed seed). Reference solutions live in each package's
submissions/accepted/ and are written by hand, one per language.
    python3 tests/function/gen_roundtrip.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261125)

I32 = (-2**31, 2**31 - 1)
I64 = (-2**63, 2**63 - 1)

def ints(n, lo=-10**9, hi=10**9):
    return [rng.randint(lo, hi) for _ in range(n)]

deep_list = list(range(100000))
# a chain of 20,000 nodes going left: level order 1,2,null,3,null,...
left_chain = [1]
for v in range(2, 20001):
    left_chain += [v, None]
left_chain = left_chain[:-1]
right_chain = [1]
for v in range(2, 20001):
    right_chain += [None, v]

STR_CASES = ["", "hello", "h\u00e9llo w\u00f6rld \u2713 \U0001F600", "a\"b\\c\nd\te\r",
             "\u0001\u001f control", "x" * 100000, "  spaces  ", "\u65e5\u672c\u8a9e"]

TYPES = {
    # name: (type, function name, list of test values)
    "int": ("int", "echoInt", [0, -1, 1, I32[0], I32[1], 42]),
    "long": ("long", "echoLong", [0, -1, I64[0], I64[1], 10**15 + 7, -(10**15 + 7)]),
    "double": ("double", "echoDouble", [0.5, -1e-9, 1e300, 3.141592653589793, 0, -2.5e-300, 123456.789]),
    "bool": ("bool", "echoBool", [True, False]),
    "string": ("string", "echoString", STR_CASES),
    "character": ("character", "echoChar", ["a", "Z", " ", "\"", "\\", "0", "~"]),
    "int_array": ("int[]", "echoIntArray", [[], [0], [I32[0], I32[1], -1], ints(20000, *I32), ints(7)]),
    "long_array": ("long[]", "echoLongArray", [[], [I64[0], I64[1]], ints(1000, *I64)]),
    "double_array": ("double[]", "echoDoubleArray", [[], [1.5, -2.25, 1e-7, 0], [rng.uniform(-1e6, 1e6) for _ in range(1000)]]),
    "bool_array": ("bool[]", "echoBoolArray", [[], [True], [True, False, False, True] * 100]),
    "string_array": ("string[]", "echoStringArray", [[], [""], ["a", "bc", "\u65e5\u672c"], STR_CASES[:5]]),
    "character_array": ("character[]", "echoCharArray", [[], ["a"], list("hello, world!"), ["\"", "\\", " "]]),
    "int_matrix": ("int[][]", "echoIntMatrix", [[], [[]], [[1, 2], [3]], [[-1]], [ints(100) for _ in range(100)], [[], [1], []]]),
    "string_matrix": ("string[][]", "echoStringMatrix", [[], [[]], [["a", "b"], ["c"]], [["", "\u00e9"], [], ["x\ny"]]]),
    "character_matrix": ("character[][]", "echoCharMatrix", [[], [["a", "b"], ["c", "d"]], [list("..#.") for _ in range(4)], [["x"]]]),
    "list": ("ListNode", "echoList", [[], [1], [1, 2, 3], [-5, 0, 5], deep_list]),
    "tree": ("TreeNode", "echoTree", [[], [1], [1, None, 2], [1, 2, 3, None, 4], [3, 9, 20, None, None, 15, 7],
                                     [-1, -2, -3], left_chain, right_chain]),
}

def dump(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))

def write_pkg(slug, title, fn, tests, statement):
    d = os.path.join(HERE, slug)
    for sub in ("data/sample", "data/secret", "problem_statement", "submissions/accepted"):
        os.makedirs(os.path.join(d, sub), exist_ok=True)
    with open(os.path.join(d, "problem.yaml"), "w") as f:
        f.write(f"name: {json.dumps(title)}\ndifficulty: easy\ntags: [driver]\n")
        f.write("limits:\n  time_limit: 4\n  memory: 512\n")
        f.write("function:\n")
        f.write(f"  name: {fn['name']}\n  params:\n")
        for p in fn["params"]:
            f.write(f"    - {{name: {p[0]}, type: \"{p[1]}\"}}\n")
        f.write(f"  returns: \"{fn['returns']}\"\n")
        if "output" in fn:
            f.write(f"  output: {fn['output']}\n")
    with open(os.path.join(d, "problem_statement", "problem.en.md"), "w") as f:
        f.write(statement + "\n")
    for i, (args, ans) in enumerate(tests):
        kind = "sample" if i == 0 else "secret"
        base = os.path.join(d, "data", kind, f"{i:02d}")
        with open(base + ".in", "w") as f:
            f.write("".join(dump(a) + "\n" for a in args))
        with open(base + ".ans", "w") as f:
            f.write(dump(ans) + "\n")

for key, (ty, name, values) in TYPES.items():
    write_pkg(f"rt_{key}", f"Round trip: {ty}", {"name": name, "params": [("value", ty)], "returns": ty},
              [([v], v) for v in values],
              f"Return `value` unchanged. Checks that the driver reads and writes `{ty}` exactly.")

# in place: a void function whose answer is the final value of `nums`
arrays = [[], [1], [1, 2, 3], ints(20000, *I32), [-3, 0, 3, -3]]
write_pkg("rt_inplace", "Round trip: reverse in place",
          {"name": "reverseInPlace", "params": [("nums", "int[]")], "returns": "void", "output": "nums"},
          [([a], a[::-1]) for a in arrays],
          "Reverse `nums` in place. Do not return anything.")

# several parameters of several types in one call
multi = [(["abc", 3, True, "x"], "abcabcabcx"), (["", 0, False, "y"], ""), (["\u00e9", 2, False, "z"], "\u00e9\u00e9")]
write_pkg("rt_multi", "Round trip: several parameters",
          {"name": "repeatWord", "params": [("word", "string"), ("times", "int"), ("suffix", "bool"), ("tail", "character")],
           "returns": "string"},
          [(args, ans) for args, ans in multi],
          "Return `word` repeated `times` times, followed by `tail` when `suffix` is true.")
print("written")
