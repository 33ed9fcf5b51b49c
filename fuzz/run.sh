#!/bin/sh
# make fuzz: builds the libFuzzer targets with clang and runs each for a while.
#   sh fuzz/run.sh BUILD_DIR SECONDS
set -eu
build=$1 secs=$2
src=$(cd "$(dirname "$0")/.." && pwd)
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p"
done
CC=clang cmake -S "$src" -B "$build" -DLC_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
for t in frames compare checker package; do
    cmake --build "$build" --target "fuzz-$t" -j "$(nproc)" >/dev/null
done
for t in frames compare checker package; do
    mkdir -p "$build/corpus-$t"
    echo "fuzz: $t for $secs s"
    # -rss_limit_mb: the judge's own memory bound is part of what is tested
    "$build/fuzz-$t" -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 "$build/corpus-$t" "$src/fuzz/corpus/$t"
done
