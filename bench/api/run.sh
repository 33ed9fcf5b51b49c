#!/bin/sh
# HTTP API benchmarks against a fresh `litecode serve` (random port, its own
# temporary data dir), with wrk. Prints numbers, baselines measured in the same
# run and ratios; asserts nothing (these machines are noisy and shared).
#   sh bench/api/run.sh [LITECODE_BINARY]        (as root: the judge's sandbox needs it)
# 1. cached GET /problems/:id         vs GET /ping                 (wrk -t2 -c64)
# 2. POST /submissions, stored        vs the same POST refused with a 400 after
#    (server with --workers 0, a queue   auth + JSON parsing (no store)
#    that holds all, no rate limit hit:
#    a steady state for the duration)
#    then kill -9 and check that every 201 answer is a row in the store;
#    twice: one transaction per submission (LITECODE_GROUP_COMMIT=0),
#    then group commit (the default), with their ratio
#    and, with PostgreSQL (run under LC_TEST_PG_FSYNC=on tests/postgres/with_postgres.sh, or
#    LC_BENCH_PG_URL=postgresql://...), group commit once more on PostgreSQL
#    (plus Redis as the cache when LC_BENCH_REDIS_URL or with_redis.sh's
#    LC_TEST_CACHE_URL is set): the distributed store against the embedded one
# 3. POST -> verdict latency, Python  vs `litecode judge PROBLEM FILE` (median of 5)
#    accepted reference, 1 client,
#    final status by polling every 5 ms and by SSE
# Environment: LC_BENCH_DURATION (seconds per wrk run, default 10),
#   LC_BENCH_PROBLEMS (problems for 3, default "staircase-ways clean-palindrome"),
#   LC_BENCH_LATENCY_N (submissions per problem and mode, default 50),
#   LC_BENCH_ONLY=post (only 2), WRK (default wrk).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/litecode}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
WRK=${WRK:-wrk}
DUR=${LC_BENCH_DURATION:-10}
PROBLEMS=${LC_BENCH_PROBLEMS:-staircase-ways clean-palindrome}
LAT_N=${LC_BENCH_LATENCY_N:-50}
THREADS=2
CONNS=64
SUBMIT_RATE=30 # the server's default per-user submit limit, per minute
ONLY=${LC_BENCH_ONLY:-}
PG_URL=${LC_BENCH_PG_URL:-${LC_TEST_STORE_URL:-}}
REDIS_URL=${LC_BENCH_REDIS_URL:-${LC_TEST_CACHE_URL:-}}
# only the PostgreSQL run below uses them (with_postgres.sh exports LITECODE_STORE)
unset LITECODE_STORE LITECODE_CACHE
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

for t in "$WRK" curl jq "$PY"; do
    command -v "$t" >/dev/null 2>&1 || { echo "bench/api: $t is not installed" >&2; exit 2; }
done
[ -x "$bin" ] || { echo "bench/api: $bin: no such binary (cmake --build build)" >&2; exit 2; }
[ "$(id -u)" = 0 ] || echo "bench/api: warning: not root; the judge's sandbox needs root" >&2

tmp=$(mktemp -d /tmp/litecode-bench-api.XXXXXX)
SERVER_PID=

stop_server() { # [signal]
    if [ -n "$SERVER_PID" ]; then
        kill "-${1:-TERM}" "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=
    fi
}
cleanup() {
    stop_server TERM
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_server NAME [--workers N]: a fresh server on a random port (or on the
# data dir of NAME again); sets URL and SERVER_PID
start_server() {
    name=$1
    shift
    mkdir -p "$tmp/$name"
    "$bin" serve --host 127.0.0.1 --port 0 --data "$tmp/$name" --problems "$root/problems" "$@" \
        >"$tmp/$name.log" 2>&1 &
    SERVER_PID=$!
    i=0
    port=
    while [ $i -lt 600 ]; do
        port=$(sed -n 's/.*listening on http:\/\/[^ ]*:\([0-9][0-9]*\) .*/\1/p' "$tmp/$name.log")
        [ -n "$port" ] && break
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
        i=$((i + 1))
    done
    if [ -z "$port" ]; then
        echo "bench/api: the server did not start:" >&2
        cat "$tmp/$name.log" >&2
        exit 1
    fi
    URL=http://127.0.0.1:$port
}

# register_users PREFIX N OUT: N new users through POST /auth/register (which
# answers with a token); OUT gets one "id token" line each
register_users() {
    seq 1 "$2" | xargs -P 4 -I{} sh -c '
        curl -sS -X POST "$0/auth/register" -H "Content-Type: application/json" \
            -d "{\"username\":\"$1{}\",\"email\":\"$1{}@bench.invalid\",\"password\":\"bench-password-{}\"}" |
        jq -r "select(.token) | \"\(.user.id) \(.token)\""' "$URL" "$1" >"$3"
    got=$(wc -l <"$3")
    if [ "$got" -ne "$2" ]; then
        echo "bench/api: registered $got of $2 users" >&2
        exit 1
    fi
}

field() { # field N LINE
    printf "%s\n" "$2" | awk -v n="$1" '{print $n}'
}
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'
}
verdict() { # verdict VALUE OP LIMIT
    awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
        ok = (op == ">=") ? v >= l : v <= l; print ok ? "meets" : "MISSES" }'
}

load0=$(cut -d' ' -f1-3 /proc/loadavg)
echo "litecode API benchmarks: $(nproc) CPUs, load average $load0, wrk -t$THREADS -c$CONNS -d${DUR}s"
echo "binary: $bin"
echo

if [ "$ONLY" != post ]; then
# ---- 1 + 3: a server with judge workers (the default: one per CPU) -----------
start_server judged
echo "== 1. cached GET /problems/:id (server on $URL)"
pid_json=$(curl -sS "$URL/problems/pair-with-target")
pid=$(printf "%s" "$pid_json" | jq -r .id)
curl -sS -o /dev/null "$URL/problems/$pid" # fills the cache
"$WRK" -t$THREADS -c$CONNS -d"${DUR}s" -s "$here/report.lua" "$URL/ping" >"$tmp/ping.out"
"$WRK" -t$THREADS -c$CONNS -d"${DUR}s" -s "$here/report.lua" "$URL/problems/$pid" >"$tmp/prob.out"
ping=$(grep '^RESULT' "$tmp/ping.out")
prob=$(grep '^RESULT' "$tmp/prob.out")
printf '%-28s %10s %9s %9s %9s %s\n' route req/s p50_ms p99_ms requests non2xx/socket_errors
printf '%-28s %10.0f %9s %9s %9s %s/%s\n' "GET /ping (baseline)" $(field 2 "$ping") \
    $(field 3 "$ping") $(field 4 "$ping") $(field 5 "$ping") $(field 6 "$ping") $(field 7 "$ping")
printf '%-28s %10.0f %9s %9s %9s %s/%s\n' "GET /problems/$pid" $(field 2 "$prob") \
    $(field 3 "$prob") $(field 4 "$prob") $(field 5 "$prob") $(field 6 "$prob") $(field 7 "$prob")
get_ratio=$(ratio "$(field 2 "$prob")" "$(field 2 "$ping")")
echo "ratio GET /problems/:id / GET /ping: $get_ratio (body $(printf "%s" "$pid_json" | wc -c) bytes vs 18)"
echo

echo "== 3. POST -> verdict latency, Python accepted reference, 1 client, sequential"
nlat=0
for p in $PROBLEMS; do nlat=$((nlat + 2 * (LAT_N + 2))); done
register_users lat "$(( (nlat + SUBMIT_RATE - 1) / SUBMIT_RATE + 1 ))" "$tmp/lat.users"
cut -d' ' -f2 "$tmp/lat.users" >"$tmp/lat.tokens"
: >"$tmp/lat.all"
for p in $PROBLEMS; do
    src=$(ls "$root/problems/$p/submissions/accepted/"*.py | head -n 1)
    echo "-- $p ($(basename "$src"))"
    "$PY" "$here/latency.py" --url "$URL" --tokens "$tmp/lat.tokens" --problem "$root/problems/$p" \
        --source "$src" --litecode "$bin" -n "$LAT_N" --poll-ms 5 --judge-runs 5 >"$tmp/lat.$p"
    b=$(grep '^BASELINE' "$tmp/lat.$p")
    printf '%-34s %9s %9s %9s %9s %s\n' how p50_ms p99_ms min_ms max_ms "server_p50_ms not_accepted"
    printf '%-34s %9s %9s %9s %9s\n' "litecode judge (baseline, 5 runs)" \
        "$(field 4 "$b")" - "$(field 5 "$b")" "$(field 6 "$b")"
    grep '^RESULT' "$tmp/lat.$p" | while read -r _ mode n p50 p99 mn mx sp50 bad; do
        printf '%-34s %9s %9s %9s %9s %s %s\n' "POST + $mode ($n)" "$p50" "$p99" "$mn" "$mx" \
            "$sp50" "$bad"
        echo "$p $mode $p50 $p99 $(field 4 "$b") $bad" >>"$tmp/lat.all"
    done
done
echo "(p50/p99: POST sent -> final status read; server_p50: finishedAt - createdAt as the server"
echo " records them, ms resolution; the baseline is a whole \`litecode judge\` process, sandbox set-up included)"
stop_server TERM
echo
fi

# ---- 2: POST /submissions with no judging (--workers 0) ----------------------
echo "== 2. POST /submissions durably stored (server with --workers 0: no judging, all stay pending)"
jq -cn --rawfile c "$root/problems/pair-with-target/submissions/accepted/solution.py" \
    '{code: $c, language: "python"}' >"$tmp/body.tmpl"
# A steady state over the whole duration, not a burst: with --workers 0 nothing
# drains the in-process queue, so the POST servers get a large one
# (--queue memory:N), and a per-user limit no run reaches (--submit-rate: the
# limiter's check still runs on every request); a few users rotate their tokens.
POST_OPTS="--workers 0 --queue memory:5000000 --submit-rate 1000000"
tok_per_thread=4
nusers=$((tok_per_thread * THREADS))
# post_run NAME GROUP_COMMIT(0|1) [SERVER OPTIONS]: a fresh server, its users,
# the 201 run, the kill -9 check; sets post, created, rows, missing (and b400
# on the first run)
post_run() {
    export LITECODE_GROUP_COMMIT=$2
    name=$1
    shift 2
    set -- "$name" "$@"
    store_url=
    [ "${2:-}" = --store ] && store_url=$3
    start_server "$@" $POST_OPTS
    sub_pid=$(curl -sS "$URL/problems/pair-with-target" | jq -r .id)
    t0=$(date +%s)
    register_users "$1" "$nusers" "$tmp/$1.users"
    echo "[$1] registered $nusers users in $(( $(date +%s) - t0 )) s (each wrk thread rotates over $tok_per_thread tokens)"
    cut -d' ' -f2 "$tmp/$1.users" >"$tmp/$1.tokens"
    jq -c --argjson p "$sub_pid" '.problemId = $p' "$tmp/body.tmpl" >"$tmp/body.json"
    jq -c '.language = "cobol"' "$tmp/body.json" >"$tmp/body400.json"
    if [ -z "${b400:-}" ]; then
        # baseline: the same requests refused after auth, JSON parsing and validation (400, nothing stored)
        "$WRK" -t$THREADS -c$CONNS -d"${DUR}s" -s "$here/submit.lua" "$URL" -- "$tmp/$1.tokens" \
            "$tmp/body400.json" "$tmp/ids400" 0 $THREADS >"$tmp/post400.out"
        b400=$(grep '^RESULT' "$tmp/post400.out")
    fi
    "$WRK" -t$THREADS -c$CONNS -d"${DUR}s" -s "$here/submit.lua" "$URL" -- "$tmp/$1.tokens" \
        "$tmp/body.json" "$tmp/$1.ids" 0 $THREADS >"$tmp/$1.out"
    post=$(grep '^RESULT' "$tmp/$1.out")
    # every 201 must be in the store, also after a crash: kill -9, then read the database
    stop_server KILL
    created=$(wc -l <"$tmp/$1.ids")
    sort -u "$tmp/$1.ids" >"$tmp/$1.ids.sorted"
    if [ -n "$store_url" ]; then
        psql -q -d "$store_url" -Atc "SELECT id FROM submissions WHERE status = 'pending'" |
            sort >"$tmp/$1.stored"
        rows=$(wc -l <"$tmp/$1.stored")
        missing=$(comm -23 "$tmp/$1.ids.sorted" "$tmp/$1.stored" | wc -l)
        how="psql on the database after kill -9"
    elif command -v sqlite3 >/dev/null 2>&1; then
        sqlite3 "$tmp/$1/litecode.db" "SELECT id FROM submissions WHERE status = 'pending'" |
            sort >"$tmp/$1.stored"
        rows=$(wc -l <"$tmp/$1.stored")
        missing=$(comm -23 "$tmp/$1.ids.sorted" "$tmp/$1.stored" | wc -l)
        how="sqlite3 on the database after kill -9"
    else
        start_server "$@" $POST_OPTS
        rows=0
        while read -r uid tok; do
            n=$(curl -sS -H "Authorization: Bearer $tok" "$URL/users/$uid/submissions?limit=1" | jq .total)
            rows=$((rows + n))
        done <"$tmp/$1.users"
        stop_server TERM
        missing=$((created > rows ? created - rows : 0))
        how="GET /users/:id/submissions totals after kill -9 and a restart (sqlite3 not installed)"
    fi
    echo "[$1] durability ($how): $created answered 201, $rows rows pending in the store, $missing of the 201s missing"
    unset LITECODE_GROUP_COMMIT
}
post_run single 0
post1=$post
missing1=$missing
created1=$created
post_run store 1
printf '%-40s %10s %9s %9s %9s %s\n' request answers/s p50_ms p99_ms answers statuses
printf '%-40s %10.0f %9s %9s %9s %s\n' "POST /submissions, 400 (baseline)" $(field 3 "$b400") \
    $(field 4 "$b400") $(field 5 "$b400") $(field 6 "$b400") "$(grep '^STATUS' "$tmp/post400.out" | cut -d' ' -f2-)"
printf '%-40s %10.0f %9s %9s %9s %s\n' "POST /submissions, 201, one txn each" $(field 2 "$post1") \
    $(field 4 "$post1") $(field 5 "$post1") $(field 6 "$post1") "$(grep '^STATUS' "$tmp/single.out" | cut -d' ' -f2-)"
printf '%-40s %10.0f %9s %9s %9s %s\n' "POST /submissions, 201, group commit" $(field 2 "$post") \
    $(field 4 "$post") $(field 5 "$post") $(field 6 "$post") "$(grep '^STATUS' "$tmp/store.out" | cut -d' ' -f2-)"
post_ratio=$(ratio "$(field 2 "$post")" "$(field 3 "$b400")")
gc_ratio=$(ratio "$(field 2 "$post")" "$(field 2 "$post1")")
echo "ratio group commit / one transaction each: $gc_ratio; group commit / refused: $post_ratio ($(field 8 "$post") socket errors)"
echo "  (rows beyond the 201s seen: requests in flight when wrk stopped, stored and answered after)"
if [ -n "$PG_URL" ]; then
    post_sq=$post
    missing_sq=$missing
    created_sq=$created
    pg_what="PostgreSQL"
    if [ -n "$REDIS_URL" ]; then
        pg_what="PostgreSQL + Redis"
        post_run pg 1 --store "$PG_URL" --cache "$REDIS_URL"
    else
        post_run pg 1 --store "$PG_URL"
    fi
    post_pg=$post
    printf '%-40s %10.0f %9s %9s %9s %s\n' "POST /submissions, 201, $pg_what" $(field 2 "$post_pg") \
        $(field 4 "$post_pg") $(field 5 "$post_pg") $(field 6 "$post_pg") "$(grep '^STATUS' "$tmp/pg.out" | cut -d' ' -f2-)"
    pg_ratio=$(ratio "$(field 2 "$post_pg")" "$(field 2 "$post_sq")")
    echo "ratio $pg_what / SQLite (both group commit): $pg_ratio"
    missing_pg=$missing
    post=$post_sq
    missing=$missing_sq
    created=$created_sq
fi
echo

# ---- summary ---------------------------------------------------------------------
load1=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== summary (load average $load0 at the start, $load1 at the end)"
printf '%-40s %-23s %-27s %-6s %-13s %s\n' benchmark result baseline ratio target ""
if [ "$ONLY" != post ]; then
printf '%-40s %-23s %-27s %-6s %-13s %s\n' "GET /problems/:id, cached" \
    "$(printf '%.0f req/s' "$(field 2 "$prob")")" "$(printf '/ping %.0f req/s' "$(field 2 "$ping")")" \
    "$get_ratio" ">= 50000" "$(verdict "$(field 2 "$prob")" ">=" 50000)"
printf '%-40s %-23s %-27s %-6s %-13s %s\n' "  p50 / p99" "$(field 3 "$prob") / $(field 4 "$prob") ms" \
    "$(field 3 "$ping") / $(field 4 "$ping") ms" "" "" ""
fi
printf '%-40s %-23s %-27s %-6s %-13s %s\n' "POST /submissions, stored" \
    "$(printf '%.0f req/s' "$(field 2 "$post")")" "$(printf '1 txn each %.0f req/s' "$(field 2 "$post1")")" \
    "$gc_ratio" ">= 20000" "$(verdict "$(field 2 "$post")" ">=" 20000)"
printf '%-40s %-23s %-27s %-6s %-13s %s\n' "  p50 / p99" "$(field 4 "$post") / $(field 5 "$post") ms" \
    "$(field 4 "$b400") / $(field 5 "$b400") ms" "" "" ""
if [ -n "$PG_URL" ]; then
    printf '%-40s %-23s %-27s %-6s %-13s %s\n' "POST /submissions, stored, $pg_what" \
        "$(printf '%.0f req/s' "$(field 2 "$post_pg")")" "$(printf 'SQLite %.0f req/s' "$(field 2 "$post")")" \
        "$pg_ratio" "" "$([ "$missing_pg" -eq 0 ] && echo "all stored after kill -9" || echo "$missing_pg MISSING")"
fi
printf '%-40s %-23s %-27s %-6s %-13s %s\n' "  stored after kill -9" "$((created - missing)) of $created" \
    "" "" "all" "$([ "$missing" -eq 0 ] && [ "$missing1" -eq 0 ] && echo meets || echo MISSES)"
[ "$ONLY" = post ] || while read -r p mode p50 p99 jb bad; do
    printf '%-40s %-23s %-27s %-6s %-13s %s\n' "POST->verdict $p ($mode)" "p50 $p50 p99 $p99 ms" \
        "judge CLI $jb ms" "$(ratio "$p50" "$jb")" "p50 <= 50 ms" \
        "$(verdict "$p50" "<=" 50)$([ "$bad" -eq 0 ] || echo ", $bad not accepted")"
done <"$tmp/lat.all"
