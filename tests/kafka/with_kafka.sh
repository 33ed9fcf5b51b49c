#!/bin/sh
# Runs a command against a Kafka-protocol cluster of its own: litecode-kafka-mock
# (librdkafka's mock cluster in a process of its own, brokers on 127.0.0.1),
# with the topics submissions and submission-results; stopped afterwards.
# The command sees LC_TEST_KAFKA_BROKERS=HOST:PORT,... and
# LITECODE_QUEUE=kafka://HOST:PORT,... (every litecode process of the test).
#   sh tests/kafka/with_kafka.sh MOCK_BINARY COMMAND [ARGS...]
set -u
mock=$1
shift
dir=$(mktemp -d /tmp/litecode-kafka.XXXXXX)
"$mock" --partitions 8 >"$dir/brokers" 2>"$dir/mock.log" </dev/null &
mock_pid=$!
stop() {
    kill "$mock_pid" 2>/dev/null
    wait "$mock_pid" 2>/dev/null
    rm -rf "$dir"
}
trap '[ -n "${child:-}" ] && kill $child 2>/dev/null; stop; exit 1' INT TERM HUP
i=0
until [ -s "$dir/brokers" ]; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! kill -0 "$mock_pid" 2>/dev/null; then
        echo "with_kafka: the mock cluster did not start" >&2
        cat "$dir/mock.log" >&2
        stop
        exit 1
    fi
    sleep 0.05
done
brokers=$(head -n 1 "$dir/brokers")
# the mock cluster holds every fetch for its whole wait (a broker answers early):
# a short wait keeps each hop short
export LC_TEST_KAFKA_BROKERS="$brokers"
export LITECODE_QUEUE="kafka://$brokers?fetch_wait_ms=${LC_TEST_KAFKA_FETCH_WAIT_MS:-10}"
"$@" &
child=$!
wait $child
rc=$?
stop
exit $rc
