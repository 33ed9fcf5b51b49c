#!/bin/sh
# Runs the Postman collection (docs/postman/litecode.postman_collection.json) with newman
# against a live `litecode serve`.
#
# usage: tests/api/run_newman.sh LITECODE_BINARY
#
# - installs newman 6 from npm into ${NEWMAN_DIR:-/tmp/litecode-newman} when it is missing
#   (never globally, never inside the repository);
# - starts the server on a free port with a fresh --data directory, creates an admin with
#   `litecode user add --admin` (random password, via LITECODE_PASSWORD);
# - runs the collection with --env-var baseUrl/adminUser/adminPassword and the JSON reporter;
# - stops the server and prints `N passed, N failed` (assertions) as the last line.
# Exit status: 0 when every assertion passed and every request got an answer, 1 otherwise,
# 2 on bad usage or a missing tool.
set -u

if [ $# -ne 1 ]; then
    echo "usage: $0 LITECODE_BINARY" >&2
    exit 2
fi
case "$1" in
/*) BIN=$1 ;;
*) BIN=$(pwd)/$1 ;;
esac
if [ ! -x "$BIN" ]; then
    echo "run_newman: $BIN is not executable" >&2
    exit 2
fi
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
COLLECTION=$REPO/docs/postman/litecode.postman_collection.json
NEWMAN_DIR=${NEWMAN_DIR:-/tmp/litecode-newman}
NEWMAN=$NEWMAN_DIR/node_modules/.bin/newman
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

for tool in node npm "$PY"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run_newman: $tool is required" >&2
        echo "0 passed, 1 failed"
        exit 2
    fi
done

# ---- newman, cached outside the repository ------------------------------------------
if [ ! -x "$NEWMAN" ]; then
    echo "run_newman: installing newman@6 into $NEWMAN_DIR"
    mkdir -p "$NEWMAN_DIR" || exit 2
    # a lock, so that parallel runs do not install over each other
    (
        flock 9
        [ -x "$NEWMAN" ] || npm install --prefix "$NEWMAN_DIR" --no-audit --no-fund --loglevel=error newman@6
    ) 9>"$NEWMAN_DIR/.install.lock"
    if [ ! -x "$NEWMAN" ]; then
        echo "run_newman: cannot install newman (npm install --prefix $NEWMAN_DIR newman@6 failed)" >&2
        echo "0 passed, 1 failed"
        exit 2
    fi
fi

# ---- a fresh server -----------------------------------------------------------------------
WORK=$(mktemp -d /tmp/litecode-newman-run.XXXXXX) || exit 2
DATA=$WORK/data
LOG=$WORK/serve.log
REPORT=$WORK/newman.json
SERVER_PID=
PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
ADMIN_USER=pmadmin
ADMIN_PASSWORD=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(18))')

stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null
        i=0
        while kill -0 "$SERVER_PID" 2>/dev/null && [ $i -lt 100 ]; do
            sleep 0.2
            i=$((i + 1))
        done
        kill -KILL "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    SERVER_PID=
}
cleanup() {
    stop_server
    if [ "${KEEP:-0}" = 1 ]; then
        echo "run_newman: kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cd "$REPO" || exit 2
"$BIN" serve --port "$PORT" --data "$DATA" --workers 2 >"$LOG" 2>&1 &
SERVER_PID=$!

up=0
i=0
while [ $i -lt 600 ]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        break
    fi
    if "$PY" -c 'import sys, urllib.request; urllib.request.urlopen("http://127.0.0.1:%s/ping" % sys.argv[1], timeout=2)' "$PORT" 2>/dev/null; then
        up=1
        break
    fi
    sleep 0.2
    i=$((i + 1))
done
if [ $up -ne 1 ]; then
    echo "run_newman: the server did not start on port $PORT; its log:" >&2
    tail -n 40 "$LOG" >&2
    KEEP=1
    echo "0 passed, 1 failed"
    exit 1
fi

if ! LITECODE_PASSWORD=$ADMIN_PASSWORD "$BIN" user add --admin --data "$DATA" "$ADMIN_USER"; then
    echo "run_newman: cannot create the admin" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

# ---- the collection ---------------------------------------------------------------------
"$NEWMAN" run "$COLLECTION" \
    --env-var "baseUrl=http://127.0.0.1:$PORT" \
    --env-var "adminUser=$ADMIN_USER" \
    --env-var "adminPassword=$ADMIN_PASSWORD" \
    --timeout-request 60000 \
    --timeout 600000 \
    --color off \
    --reporters cli,json --reporter-json-export "$REPORT"
NEWMAN_RC=$?

stop_server

if [ ! -s "$REPORT" ]; then
    echo "run_newman: newman wrote no report (exit $NEWMAN_RC)" >&2
    KEEP=1
    echo "0 passed, 1 failed"
    exit 1
fi

# assertions from the JSON report; a request that got no answer counts as a failure
"$PY" - "$REPORT" "$NEWMAN_RC" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
rc = int(sys.argv[2])
run = report.get("run", {})
passed = failed = 0
for ex in run.get("executions", []):
    name = ex.get("item", {}).get("name", "?")
    if ex.get("requestError"):
        failed += 1
        print("FAIL %s: request error: %s" % (name, ex["requestError"].get("message")))
    for a in ex.get("assertions", []) or []:
        if a.get("error"):
            failed += 1
            print("FAIL %s: %s: %s" % (name, a.get("assertion"), a["error"].get("message")))
        elif not a.get("skipped"):
            passed += 1
for f in run.get("failures", []):
    # script errors (an exception outside pm.test) are failures too; failed pm.test
    # assertions ("assertion:N in test-script") are already counted above
    err = f.get("error", {})
    if not str(f.get("at", "")).startswith("assertion"):
        failed += 1
        print("FAIL %s: %s: %s" % (f.get("source", {}).get("name", "?"), err.get("name"), err.get("message")))
if rc != 0 and failed == 0:
    failed = 1
    print("FAIL newman exited with %d" % rc)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
EOF
RC=$?
[ $RC -ne 0 ] && KEEP=1
exit $RC
