#!/bin/sh
# The distributed benchmarks: judged submissions per second with 1 and 2
# `litecode worker` processes (same inputs, ratio printed) and POST -> verdict
# latency through Kafka, on a PostgreSQL (fsync on), a Redis and the
# Kafka-protocol mock cluster started for the run on 127.0.0.1.
#   sh bench/distributed/run.sh [LITECODE_BINARY] [throughput.py options]
# (as root: the workers' sandboxes need it). Prints numbers only.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/litecode}
[ $# -gt 0 ] && shift
mock=$(dirname "$bin")/litecode-kafka-mock
[ -x "$mock" ] || { echo "bench/distributed: $mock is missing (cmake --build build)" >&2; exit 2; }
echo "litecode distributed benchmarks: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
LC_TEST_PG_FSYNC=on exec sh "$root/tests/postgres/with_postgres.sh" \
    sh "$root/tests/redis/with_redis.sh" \
    sh "$root/tests/kafka/with_kafka.sh" "$mock" \
    python3 "$here/throughput.py" "$bin" "$@"
