#!/bin/sh
# Judges one reference submission and compares the verdict with its folder:
#   check_submission.sh [--lang ID] LITECODE PROBLEM_DIR SUBMISSION_FILE
# The folder (submissions/<verdict>/) names the expected result
# (partially_accepted: a scoring problem's score above 0 and below full). --lang judges
# the file in language ID instead of the one its extension names (PyPy judges
# the Python references: tests/judge.cmake).
set -u
lang=""
if [ "$1" = "--lang" ]; then
    lang=$2
    shift 2
fi
litecode=$1 pkg=$2 file=$3
folder=$(basename "$(dirname "$file")")
case $folder in
    accepted) want="success Accepted" ;;
    wrong_answer) want="success Wrong Answer" ;;
    time_limit_exceeded) want="time_limit_exceeded" ;;
    memory_limit_exceeded) want="memory_limit_exceeded" ;;
    run_time_error|runtime_error) want="runtime_error" ;;
    compile_error|compilation_error) want="compilation_error" ;;
    output_limit_exceeded) want="output_limit_exceeded" ;;
    partially_accepted) want="partial" ;;
    *) echo "unknown verdict folder '$folder'"; exit 1 ;;
esac
if [ -n "$lang" ]; then
    out=$("$litecode" judge --lang "$lang" "$pkg" "$file")
else
    out=$("$litecode" judge "$pkg" "$file")
fi
rc=$?
got=$(printf '%s' "$out" | /usr/bin/python3 -c '
import json, sys
j = json.load(sys.stdin)
if sys.argv[1] == "partial":
    # a scoring problem: judged, with a score above nothing and below full
    ok = j["status"] not in ("compilation_error", "internal_error") and \
        0 < j.get("score", 0) < j.get("max_score", 0)
    print("partial" if ok else "%s score %s of %s" % (j["status"], j.get("score"), j.get("max_score")))
else:
    print(j["status"] + (" " + j["result"] if j["status"] == "success" else ""))' "$want")
if [ "$got" = "$want" ] || { [ "${want#success }" = "$want" ] && [ "${got%% *}" = "$want" ]; }; then
    echo "ok: $file -> $got"
    exit 0
fi
echo "MISMATCH: $file: expected '$want', got '$got' (exit $rc)"
printf '%s\n' "$out" | head -c 3000
echo
exit 1
