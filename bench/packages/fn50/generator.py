#!/usr/bin/env python3
"""50 small tests for the function-problem benchmark: arraySum(nums) -> long.
Fixed seed; the answer is checked two ways (sum() and a running total)."""
import json, os, random, shutil
rng = random.Random(50)
here = os.path.dirname(os.path.abspath(__file__))
shutil.rmtree(os.path.join(here, "data"), ignore_errors=True)
for sub in ("data/sample", "data/secret"):
    os.makedirs(os.path.join(here, sub))
for i in range(50):
    nums = [rng.randint(-10**6, 10**6) for _ in range(rng.randint(0, 200))]
    total = 0
    for x in nums:
        total += x
    assert total == sum(nums)
    kind = "sample" if i < 2 else "secret"
    base = os.path.join(here, "data", kind, f"{i:02d}")
    open(base + ".in", "w").write(json.dumps(nums, separators=(",", ":")) + "\n")
    open(base + ".ans", "w").write(f"{total}\n")
