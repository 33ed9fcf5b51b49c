#!/usr/bin/env python3
"""Judges one submission whose error is on the line marked `LC-LINE` and checks
that what the user sees names that line.

usage: check_line.py [--lang ID] LITECODE PROBLEM_DIR FILE

FILE's folder says which error: compile_error (the verdict is a Compilation
Error and `compile_output` names the line) or runtime_error (a Runtime Error
whose `failing_test.stderr` names it). "Names the line" means the number
follows a source file's extension and a colon or parenthesis (`main.go:7`,
`(Solution.java:8)`, `main.rs:7:13`) or the word `line` (`line 7`), so a
number elsewhere in the text does not count."""
import json
import os
import re
import subprocess
import sys

args = sys.argv[1:]
lang = None
if args[:1] == ["--lang"]:
    lang, args = args[1], args[2:]
if len(args) != 3:
    sys.exit(__doc__)
litecode, pkg, path = args
kind = os.path.basename(os.path.dirname(path))
want = {"compile_error": ("compilation_error", "compile_output"),
        "runtime_error": ("runtime_error", "stderr")}[kind]
with open(path, encoding="utf-8") as f:
    marked = [i + 1 for i, l in enumerate(f) if "LC-LINE" in l]
if len(marked) != 1:
    sys.exit("FAIL %s: one line must be marked LC-LINE" % path)
line = marked[0]

cmd = [litecode, "judge"] + (["--lang", lang] if lang else []) + [pkg, path]
out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=240)
try:
    j = json.loads(out.stdout)
except ValueError:
    sys.exit("FAIL %s: the judge printed no JSON (exit %d): %s" %
             (path, out.returncode, out.stderr.decode(errors="replace")[-2000:]))
text = j.get("compile_output", "") if kind == "compile_error" else \
    (j.get("failing_test") or {}).get("stderr", "")
names = re.compile(r"(?:\.[A-Za-z]+[:(]|\bline )%d(?![0-9])" % line)
if j.get("status") != want[0] or not names.search(text or ""):
    print("FAIL %s%s: expected %s naming line %d; got %s, %s:\n%s" %
          (path, " (%s)" % lang if lang else "", want[0], line, j.get("status"), want[1],
           (text or "")[:3000]))
    sys.exit(1)
print("ok: %s%s -> %s names line %d" % (path, " (%s)" % lang if lang else "", want[0], line))
