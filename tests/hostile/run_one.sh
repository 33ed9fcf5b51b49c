#!/bin/sh
# The hostile suite's harness: judges one attack program and checks that the
# verdict is the expected one AND that the host is unchanged.
#
# usage: sh tests/hostile/run_one.sh LITECODE_BINARY ATTACK_FILE
#
# The attack file's first lines declare (// for C/C++/JS/Java, # for Python):
#   expect: STATUS...   acceptable `status` values (ARCHITECTURE.md); `success`
#                       means Accepted unless result=Wrong_Answer etc. is listed
#   tests: 2            (optional) judge two tests (TEST 1, TEST 2), not one
#   settle: N           (optional) wait N s after the judge returns before the
#                       checks (orphans that try to act later)
# The test input has lines PORT <listener port>, CANARY <host file>,
# HOSTPID <this harness's pid>, TEST <k>; the expected answer is OK.
#
# The judge runs inside an outer PID + mount namespace (unshare), so nothing it
# starts can outlive the harness; survivors are looked for inside that
# namespace before it ends, and on the host afterwards. See hostcheck.py for
# the exact host checks. Prints one PASS/FAIL line; exits 0 (pass) or 1.
# HOSTILE_KEEP=1 keeps the temporary directory.
set -u
PY=/usr/bin/python3
here=$(cd "$(dirname "$0")" && pwd)

if [ "${1:-}" = "--inner" ]; then
    # Inside the outer namespaces: judge, then look for survivors here, where
    # /proc shows exactly the processes started below.
    tmp=$2 lc=$3 attack=$4 settle=$5
    $PY "$here/hostcheck.py" mounts > "$tmp/inner.mounts.before"
    timeout -s KILL 100 "$lc" judge "$tmp/pkg" "$attack" > "$tmp/judge.json" 2> "$tmp/judge.err"
    echo $? > "$tmp/judge.rc"
    if [ "$settle" -gt 0 ]; then
        sleep "$settle"
    fi
    $PY "$here/hostcheck.py" procs > "$tmp/inner.procs"
    $PY "$here/hostcheck.py" mounts > "$tmp/inner.mounts.after"
    exit 0
fi

if [ $# -ne 2 ]; then
    echo "usage: sh $0 LITECODE_BINARY ATTACK_FILE" >&2
    exit 2
fi
abspath() { (cd "$(dirname "$1")" && printf '%s/%s\n' "$(pwd)" "$(basename "$1")"); }
lc=$(abspath "$1")
attack=$(abspath "$2")
name=$(basename "$attack")
header=$(head -n 5 "$attack")
expect=$(printf '%s\n' "$header" | sed -n 's|^[/#]*[[:space:]]*expect:[[:space:]]*||p' | head -n 1)
if [ -z "$expect" ]; then
    echo "SKIP hostile $name: no 'expect:' line (not an attack file)"
    exit 0
fi
ntests=$(printf '%s\n' "$header" | sed -n 's|^[/#]*[[:space:]]*tests:[[:space:]]*\([0-9]*\).*|\1|p' | head -n 1)
settle=$(printf '%s\n' "$header" | sed -n 's|^[/#]*[[:space:]]*settle:[[:space:]]*\([0-9]*\).*|\1|p' | head -n 1)
ntests=${ntests:-1}
settle=${settle:-0}
if [ ! -x "$lc" ]; then
    echo "FAIL hostile $name: $lc is not executable"
    exit 1
fi

tmp=$(mktemp -d /tmp/litecode-hostile.XXXXXX) || exit 1
lpid=
cleanup() {
    if [ -n "$lpid" ]; then kill "$lpid" 2>/dev/null; wait "$lpid" 2>/dev/null; fi
    if [ "${HOSTILE_KEEP:-0}" != 1 ]; then rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP PIPE

rand() { od -An -N12 -tx1 /dev/urandom | tr -d ' \n'; }

# The canary: a host file with a secret, under a fresh host directory.
mkdir "$tmp/host"
canary=$tmp/host/canary
canary_secret="lc-canary-$(rand)"
printf '%s\n' "$canary_secret" > "$canary"
chmod 600 "$canary"
# A secret in this harness's environment (/proc/HOSTPID/environ must not leak).
HOSTILE_SECRET="lc-envsecret-$(rand)"
export HOSTILE_SECRET
# The host's root password hash, when there is one, must never be printed either.
shadow_secret=$(sed -n 's/^root:\([^:]*\):.*/\1/p' /etc/shadow 2>/dev/null)
# ... and neither may the host's /etc/passwd (there is none inside the sandbox).
passwd_secret=$(head -n 1 /etc/passwd 2>/dev/null)

# The listener the attacks try to reach.
$PY "$here/listener.py" "$tmp/port" "$tmp/count" &
lpid=$!
i=0
while [ ! -s "$tmp/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
port=$(cat "$tmp/port" 2>/dev/null)
if [ -z "$port" ]; then
    echo "FAIL hostile $name: the listener did not start"
    exit 1
fi

# The package copy, with this run's test input(s).
cp -R "$here/pkg" "$tmp/pkg"
rm -f "$tmp/pkg/data/sample/"*
k=1
while [ $k -le "$ntests" ]; do
    printf 'PORT %s\nCANARY %s\nHOSTPID %s\nTEST %s\n' "$port" "$canary" "$$" "$k" \
        > "$tmp/pkg/data/sample/$k.in"
    printf 'OK\n' > "$tmp/pkg/data/sample/$k.ans"
    k=$((k + 1))
done

$PY "$here/hostcheck.py" snapshot "$tmp/before.json" --canary "$canary" --pkg "$tmp/pkg" \
    --exclude "$tmp" || { echo "FAIL hostile $name: snapshot failed"; exit 1; }

unshare --pid --fork --kill-child --mount-proc sh "$here/run_one.sh" --inner "$tmp" "$lc" "$attack" "$settle"
urc=$?

$PY "$here/hostcheck.py" snapshot "$tmp/after.json" --canary "$canary" --pkg "$tmp/pkg" \
    --exclude "$tmp" || { echo "FAIL hostile $name: snapshot failed"; exit 1; }

fail=
note() { fail="$fail
  $1"; }

[ $urc -eq 0 ] || note "the namespace wrapper failed (unshare exit $urc)"
judge_rc=$(cat "$tmp/judge.rc" 2>/dev/null || echo '?')
case $judge_rc in
0) ;;
1) ;; # Internal Error: the JSON says so and the verdict check decides
*) note "litecode judge exited $judge_rc: $(head -c 600 "$tmp/judge.err" 2>/dev/null)" ;;
esac
vmsg=$($PY "$here/hostcheck.py" verdict "$tmp/judge.json" $expect) || note "$vmsg"
lmsg=$($PY "$here/hostcheck.py" leaks "$tmp/judge.json" "$canary_secret" "$HOSTILE_SECRET" \
    ${shadow_secret:+"$shadow_secret"} ${passwd_secret:+"$passwd_secret"}) || note "$lmsg"
if [ -s "$tmp/inner.procs" ]; then
    note "processes of the run survived the judge: $(cat "$tmp/inner.procs")"
fi
# Any mount added in the judge's mount namespace is a failure; one gone is too,
# except another judge's slot mount copied in at unshare time (our judge
# unmounts it when it takes that slot after the other judge released it).
mdiff=$(diff "$tmp/inner.mounts.before" "$tmp/inner.mounts.after" | grep '^[<>]' |
    grep -Ev '^< /run/litecode/slot-[0-9]+/(box|root) ' | tr '\n' ';')
if [ -n "$mdiff" ]; then
    note "mounts changed in the judge's mount namespace: $mdiff"
fi
counts=$(tr '\n' ' ' < "$tmp/count" 2>/dev/null)
case $counts in
"tcp 0 udp 0 ") ;;
*) note "the listener on 127.0.0.1:$port was reached: $counts" ;;
esac
cmsg=$($PY "$here/hostcheck.py" compare "$tmp/before.json" "$tmp/after.json")
crc=$?
[ $crc -eq 0 ] || note "host changed: $(printf '%s\n' "$cmsg" | grep '^FAIL' | tr '\n' ';')"

verdict_line=$($PY -c '
import json, sys
try:
    j = json.load(open(sys.argv[1]))
    print("status=%s result=%s passed=%s/%s runtime=%s memory=%s" % (j.get("status"), j.get("result"),
          j.get("passed"), j.get("total"), j.get("runtime"), j.get("memory")))
except Exception as e:
    print("no JSON (%s)" % e)' "$tmp/judge.json")

if [ -z "$fail" ]; then
    echo "PASS hostile $name: $verdict_line (expected: $expect)"
    exit 0
fi
echo "FAIL hostile $name: $verdict_line (expected: $expect)$fail"
echo "--- judge output (first 3000 bytes):"
head -c 3000 "$tmp/judge.json"
echo
if [ -s "$tmp/judge.err" ]; then
    echo "--- judge stderr (first 1500 bytes):"
    head -c 1500 "$tmp/judge.err"
    echo
fi
printf '%s\n' "$cmsg" | grep '^note' | head -n 20
exit 1
