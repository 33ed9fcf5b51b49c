#!/bin/sh
# The hostile suite's harness: judges one attack program and checks that the
# verdict is the expected one AND that the host is unchanged.
#
# usage: sh tests/hostile/run_one.sh LITECODE_BINARY ATTACK_FILE
#
# The attack file's first lines declare (// for C/C++/JS/Java, # for Python, ; for Racket,
# % for Erlang):
#   expect: STATUS...   acceptable `status` values (ARCHITECTURE.md); `success`
#                       means Accepted unless result=Wrong_Answer etc. is listed
#   tests: 2            (optional) judge two tests (TEST 1, TEST 2), not one
#   settle: N           (optional) wait N s after the judge returns before the
#                       checks (orphans that try to act later)
#   min-runtime: S      (optional) the JSON's runtime must be at least S seconds
#   min-memory: KIB     (optional) the JSON's memory must be at least KIB KiB
#   pkg: NAME           (optional) judge against tests/hostile/NAME as it is (no
#                       harness input): pkg_func (a function problem with
#                       reveal: samples), pkg_validator (a custom validator)
#   judge-args: ARGS    (optional) extra options for `litecode judge`
#   time-limit: S       (optional) the package copy's time limit in seconds
#                       (default 1): headroom for runtimes that start slowly
#                       (Racket, the BEAM, the JVM) when the attack expects success
#   judge-maxrss-mib: N (optional) the judge process's own peak memory must stay under N MiB
#   check: PYEXPR       (optional) a Python expression over the result JSON `j`
#                       that must be true
#   stderr-not: TEXT    (optional) the judge's stderr must not contain TEXT
#                       (e.g. sandbox_retry: the sandbox failed a run)
#   submount: DIR       (optional) an existing host directory under a read-only
#                       bind (/usr/games): the judge runs with a writable,
#                       suid, dev tmpfs mounted there (in its own private
#                       mount namespace only)
#   warm: PATH          (optional) read this host file first, so that its pages
#                       are in the host's page cache (charged to the host)
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
    shift 5
    if [ -n "${HOSTILE_SUBMOUNT:-}" ]; then
        # a host mount below a read-only bind (in this private mount namespace only)
        mount -t tmpfs -o rw,suid,dev,exec,size=64k lcpwn-submount "$HOSTILE_SUBMOUNT" || exit 1
        echo lcpwn > "$HOSTILE_SUBMOUNT/lcpwn-file"
    fi
    $PY "$here/hostcheck.py" mounts > "$tmp/inner.mounts.before"
    # the judge's own peak resident memory goes to judge.maxrss (KiB)
    timeout -s KILL 100 $PY -c '
import resource, subprocess, sys
with open(sys.argv[1], "wb") as out, open(sys.argv[2], "wb") as err:
    rc = subprocess.call(sys.argv[4:], stdout=out, stderr=err)
open(sys.argv[3], "w").write("%d\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(rc if rc >= 0 else 128 - rc)' "$tmp/judge.json" "$tmp/judge.err" "$tmp/judge.maxrss" \
        "$lc" judge "$@" "$tmp/pkg" "$attack"
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
header=$(head -n 10 "$attack")
expect=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*expect:[[:space:]]*||p' | head -n 1)
if [ -z "$expect" ]; then
    echo "SKIP hostile $name: no 'expect:' line (not an attack file)"
    exit 0
fi
ntests=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*tests:[[:space:]]*\([0-9]*\).*|\1|p' | head -n 1)
settle=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*settle:[[:space:]]*\([0-9]*\).*|\1|p' | head -n 1)
min_runtime=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*min-runtime:[[:space:]]*\([0-9.]*\).*|\1|p' | head -n 1)
min_memory=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*min-memory:[[:space:]]*\([0-9]*\).*|\1|p' | head -n 1)
pkgname=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*pkg:[[:space:]]*\([A-Za-z0-9_]*\).*|\1|p' | head -n 1)
judge_args=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*judge-args:[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*$|\1|p' | head -n 1)
maxrss_mib=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*judge-maxrss-mib:[[:space:]]*\([0-9]*\).*|\1|p' | head -n 1)
check_expr=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*check:[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*$|\1|p' | head -n 1)
stderr_not=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*stderr-not:[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*$|\1|p' | head -n 1)
HOSTILE_SUBMOUNT=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*submount:[[:space:]]*\(/usr/[^[:space:]]*\).*|\1|p' | head -n 1)
export HOSTILE_SUBMOUNT
time_limit=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*time-limit:[[:space:]]*\([0-9]*\).*|\1|p' | head -n 1)
warm=$(printf '%s\n' "$header" | sed -n 's|^[/#;%]*[[:space:]]*warm:[[:space:]]*\(/[^[:space:]]*\).*|\1|p' | head -n 1)
ntests=${ntests:-1}
settle=${settle:-0}
if [ -n "$warm" ]; then
    cat "$warm" > /dev/null 2>&1
fi
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
if [ -n "$pkgname" ]; then
    cp -R "$here/$pkgname" "$tmp/pkg"
else
cp -R "$here/pkg" "$tmp/pkg"
rm -f "$tmp/pkg/data/sample/"*
k=1
while [ $k -le "$ntests" ]; do
    printf 'PORT %s\nCANARY %s\nHOSTPID %s\nTEST %s\n' "$port" "$canary" "$$" "$k" \
        > "$tmp/pkg/data/sample/$k.in"
    printf 'OK\n' > "$tmp/pkg/data/sample/$k.ans"
    k=$((k + 1))
done
fi
if [ -n "$time_limit" ]; then
    sed -i "s/time_limit: 1,/time_limit: $time_limit,/" "$tmp/pkg/problem.yaml"
    grep -q "time_limit: $time_limit," "$tmp/pkg/problem.yaml" || {
        echo "FAIL hostile $name: time-limit: the package has no 'time_limit: 1,' to change"; exit 1; }
fi

$PY "$here/hostcheck.py" snapshot "$tmp/before.json" --canary "$canary" --pkg "$tmp/pkg" \
    --exclude "$tmp" || { echo "FAIL hostile $name: snapshot failed"; exit 1; }

unshare --pid --fork --kill-child --mount-proc sh "$here/run_one.sh" --inner "$tmp" "$lc" "$attack" "$settle" $judge_args
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
if [ -n "$min_runtime$min_memory" ]; then
    fmsg=$($PY -c '
import json, sys
j = json.load(open(sys.argv[1]))
rt, mem = j.get("runtime") or 0, j.get("memory") or 0
if sys.argv[2] and float(rt) < float(sys.argv[2]):
    print("runtime %s s is under the expected minimum %s s" % (rt, sys.argv[2])); sys.exit(1)
if sys.argv[3] and int(mem) < int(sys.argv[3]):
    print("memory %s KiB is under the expected minimum %s KiB" % (mem, sys.argv[3])); sys.exit(1)
' "$tmp/judge.json" "$min_runtime" "$min_memory" 2>&1) || note "$fmsg"
fi
if [ -n "$maxrss_mib" ]; then
    rss=$(cat "$tmp/judge.maxrss" 2>/dev/null || echo 0)
    if [ "$rss" -ge $((maxrss_mib * 1024)) ]; then
        note "the judge itself peaked at $rss KiB (bound: $maxrss_mib MiB)"
    fi
fi
if [ -n "$check_expr" ]; then
    xmsg=$($PY -c '
import json, sys
j = json.load(open(sys.argv[1]))
if not eval(sys.argv[2], {"j": j, "json": json}):
    print("check failed: %s" % sys.argv[2]); sys.exit(1)
' "$tmp/judge.json" "$check_expr" 2>&1) || note "$xmsg"
fi
if [ -n "$stderr_not" ] && grep -qF -- "$stderr_not" "$tmp/judge.err" 2>/dev/null; then
    note "the judge's stderr contains '$stderr_not': $(grep -F -- "$stderr_not" "$tmp/judge.err" | head -n 3 | tr '\n' ';')"
fi
# the build directory (where the judge's own files are) is a host path too
build_dir=$(dirname "$lc")
lmsg=$($PY "$here/hostcheck.py" leaks "$tmp/judge.json" "$canary_secret" "$HOSTILE_SECRET" "$build_dir" \
    ${shadow_secret:+"$shadow_secret"} ${passwd_secret:+"$passwd_secret"}) || note "$lmsg"
if [ -s "$tmp/inner.procs" ]; then
    note "processes of the run survived the judge: $(cat "$tmp/inner.procs")"
fi
# Any mount added in the judge's mount namespace is a failure; one gone is too,
# except another judge's slot mount copied in at unshare time (our judge
# unmounts it when it takes that slot after the other judge released it), and
# in a container with read-only cgroups the sandbox's own cgroup hierarchies.
mdiff=$(diff "$tmp/inner.mounts.before" "$tmp/inner.mounts.after" | grep '^[<>]' |
    grep -Ev '^< /run/litecode/slot-[0-9]+/(box|root) ' |
    grep -Ev '^> /run/litecode/cgroup-[a-z_]+ cgroup litecode-cgroup$' | tr '\n' ';')
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
