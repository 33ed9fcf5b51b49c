#!/bin/sh
# Judges one reference submission and compares the verdict with its folder:
#   check_submission.sh LITECODE PROBLEM_DIR SUBMISSION_FILE
# The folder (submissions/<verdict>/) names the expected result.
set -u
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
    *) echo "unknown verdict folder '$folder'"; exit 1 ;;
esac
out=$("$litecode" judge "$pkg" "$file")
rc=$?
got=$(printf '%s' "$out" | /usr/bin/python3 -c '
import json, sys
j = json.load(sys.stdin)
print(j["status"] + (" " + j["result"] if j["status"] == "success" else ""))')
if [ "$got" = "$want" ] || { [ "${want#success }" = "$want" ] && [ "${got%% *}" = "$want" ]; }; then
    echo "ok: $file -> $got"
    exit 0
fi
echo "MISMATCH: $file: expected '$want', got '$got' (exit $rc)"
printf '%s\n' "$out" | head -c 3000
echo
exit 1
