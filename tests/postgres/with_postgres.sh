#!/bin/sh
# Runs a command against a real PostgreSQL of its own: a fresh cluster in a
# temporary directory (initdb as the postgres user: the server refuses root),
# listening on a free port of 127.0.0.1 only, stopped and removed afterwards.
# The command sees LC_TEST_PG_URL=postgresql://postgres@127.0.0.1:PORT/ (the
# store unit tests make one database per test under it), LC_TEST_STORE_URL
# (a database of its own) and LITECODE_STORE=that URL (every litecode command of
# the API tests: serve, user add, import).
#   sh tests/postgres/with_postgres.sh COMMAND [ARGS...]
set -u
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "with_postgres: PostgreSQL's server is missing (scripts/setup.sh installs postgresql)" >&2
    exit 1
fi
dir=$(mktemp -d /tmp/litecode-pg.XXXXXX)
chmod 755 "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$dir"
stop() {
    [ -f "$dir/data/postmaster.pid" ] &&
        as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$dir"
}
# the server goes with this script however it ends (a test's timeout kills it)
trap '[ -n "${child:-}" ] && kill $child 2>/dev/null; stop; exit 1' INT TERM HUP
if ! as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    stop
    exit 1
fi
# fsync off: a test cluster thrown away afterwards (the durability of
# PostgreSQL itself is not what these tests check); LC_TEST_PG_FSYNC=on keeps it
# (benchmarks: a commit then waits for the disk, as in production).
if ! as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=${LC_TEST_PG_FSYNC:-off} -c max_connections=200" \
        start >/dev/null; then
    echo "with_postgres: the server did not start on port $port" >&2
    cat "$dir/server.log" >&2
    stop
    exit 1
fi
base="postgresql://postgres@127.0.0.1:$port"
"$bin/psql" -q -d "$base/postgres" -c "CREATE DATABASE litecode_api" >/dev/null
export LC_TEST_PG_URL="$base/" LC_TEST_PG_DIR=$dir LC_TEST_PG_BIN=$bin
export LC_TEST_STORE_URL="$base/litecode_api"
export LITECODE_STORE="$base/litecode_api"
"$@" &
child=$!
wait $child
rc=$?
stop
exit $rc
