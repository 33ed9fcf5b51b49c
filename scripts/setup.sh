#!/bin/sh
# Installs every Debian package LiteCode needs that is missing on this machine.
# Idempotent and quiet when nothing is missing; used by `make build/test/run`.
set -eu
PKGS="build-essential cmake pkg-config git util-linux
libmicrohttpd-dev libjansson-dev libsodium-dev libsqlite3-dev libpq-dev libhiredis-dev
librdkafka-dev libseccomp-dev libcriterion-dev libyaml-dev uthash-dev
gcc g++ python3 python3-sortedcontainers nodejs openjdk-17-jdk-headless
bubblewrap hyperfine wrk"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "setup: missing packages:$missing (run as root, or install them)" >&2
    exit 1
fi
echo "setup: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing
