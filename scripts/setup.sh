#!/bin/sh
# Installs every Debian package LiteCode needs that is missing on this machine.
# Idempotent and quiet when nothing is missing; used by `make build/test/run`.
set -eu
PKGS="build-essential cmake pkg-config git util-linux
libmicrohttpd-dev libjansson-dev libsodium-dev libsqlite3-dev libpq-dev libhiredis-dev
librdkafka-dev libseccomp-dev libcriterion-dev libyaml-dev libarchive-dev uthash-dev
gcc g++ clang-19 python3 python3-sortedcontainers nodejs openjdk-17-jdk-headless golang-go
pypy3 ruby php-cli mono-mcs mono-runtime libmono-system-numerics4.0-cil racket kotlin scala erlang-base elixir
bubblewrap hyperfine wrk"
# for `make test` only: the app's end-to-end run drives Debian's Chromium; the
# Redis cache's and the PostgreSQL store's tests start servers of their own; the
# container test starts a Docker daemon of its own and builds images from
# debootstrap (tests/deploy/container.py)
if [ "${LC_SETUP_TEST:-}" = 1 ]; then
    PKGS="$PKGS chromium redis-server postgresql docker.io docker-compose debootstrap"
fi
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "setup: missing packages:$missing (run as root, or install them)" >&2
        exit 1
    fi
    echo "setup: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # packages never start services here (docker.io would start a daemon)
    guard=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        guard=1
    fi
    apt-get install -y -qq --no-install-recommends $missing
    if [ -n "$guard" ]; then rm -f /usr/sbin/policy-rc.d; fi
fi

# the npm packages the judge binds into the sandbox (deps/)
sh "$(dirname "$0")/setup-deps.sh" || true
