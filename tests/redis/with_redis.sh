#!/bin/sh
# Runs a command against a real Redis of its own: redis-server on a free port
# of 127.0.0.1 (no persistence, in a temporary directory), stopped afterwards.
# The command sees LC_TEST_REDIS_PORT, LC_TEST_CACHE_URL=redis://127.0.0.1:PORT
# (the cache unit tests) and LC_TEST_SERVE_ARGS="--cache URL" (the API tests).
#   sh tests/redis/with_redis.sh COMMAND [ARGS...]
set -u
if ! command -v redis-server >/dev/null 2>&1; then
    echo "with_redis: redis-server is missing (scripts/setup.sh installs it)" >&2
    exit 1
fi
dir=$(mktemp -d /tmp/litecode-redis.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
    --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null
i=0
until redis-cli -p "$port" ping >/dev/null 2>&1; do
    i=$((i + 1))
    if [ $i -gt 100 ]; then
        echo "with_redis: redis-server did not start on port $port" >&2
        cat "$dir/redis.log" >&2
        exit 1
    fi
    sleep 0.05
done
export LC_TEST_REDIS_PORT=$port LC_TEST_REDIS_DIR=$dir
export LC_TEST_CACHE_URL="redis://127.0.0.1:$port"
export LC_TEST_SERVE_ARGS="--cache redis://127.0.0.1:$port"
"$@"
rc=$?
redis-cli -p "$port" shutdown nosave >/dev/null 2>&1
[ -f "$dir/redis.pid" ] && kill "$(cat "$dir/redis.pid")" 2>/dev/null
rm -rf "$dir"
exit $rc
