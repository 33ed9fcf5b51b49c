#!/bin/sh
# Redis in the foreground on $REDIS_BIND:$REDIS_PORT, with a password when
# $REDIS_PASSWORD is set (in its config file, never on the command line).
set -eu
conf=$(mktemp)
{
    echo "port $REDIS_PORT"
    echo "bind $REDIS_BIND"
    echo "protected-mode no"
    echo 'save ""'
    echo "appendonly no"
    if [ -n "${REDIS_PASSWORD:-}" ]; then echo "requirepass $REDIS_PASSWORD"; fi
} >"$conf"
exec redis-server "$conf"
