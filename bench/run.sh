#!/bin/sh
# Runs every benchmark; each prints its own baseline and ratios.
#   sh bench/run.sh [BUILD_DIR]
set -eu
b=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
echo "== sandbox"
"$b/litecode-bench-sandbox" 2000
echo
echo "== judge"
"$b/litecode-bench-judge" "$here/packages/tiny200" "$here/packages/tiny200/submissions/accepted/tiny.c"
echo
echo "== answers channel scan (function problems)"
"$b/litecode-bench-frames"
echo
echo "== function problems"
"$b/litecode-bench-function" "$here/packages/fn50" "$here/packages/fn50/submissions/accepted/solution.cpp"
"$b/litecode-bench-function" --lang cpp-gcc "$here/packages/fn50" "$here/packages/fn50/submissions/accepted/solution.cpp"
for f in solution.py solution.c Solution.java solution.js solution.ts solution.go solution.rs solution.rb solution.php solution.cs solution.rkt solution.kt solution.scala solution.erl solution.ex; do
    "$b/litecode-bench-function" "$here/packages/fn50" "$here/packages/fn50/submissions/accepted/$f"
done
"$b/litecode-bench-function" --lang pypy3 "$here/packages/fn50" "$here/packages/fn50/submissions/accepted/solution.py"
