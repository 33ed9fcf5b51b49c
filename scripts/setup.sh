#!/bin/sh
# Installs every Debian package LiteCode needs that is missing on this machine.
# Idempotent and quiet when nothing is missing; used by `make build/test/run`.
set -eu
PKGS="build-essential cmake pkg-config git util-linux
libmicrohttpd-dev libjansson-dev libsodium-dev libsqlite3-dev libpq-dev libhiredis-dev
librdkafka-dev libseccomp-dev libcriterion-dev libyaml-dev uthash-dev
gcc g++ clang-19 python3 python3-sortedcontainers nodejs openjdk-17-jdk-headless
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

# LeetCode's preloaded JavaScript libraries (lodash, @datastructures-js), at the
# versions of lib/judge/drivers/javascript/preload, into deps/js (not in git);
# the judge binds them read-only into the sandbox. Reinstalled when the lock
# file changes. Without them JavaScript still judges; code using them fails.
root=$(cd "$(dirname "$0")/.." && pwd)
pre=$root/lib/judge/drivers/javascript/preload
js=$root/deps/js
if ! cmp -s "$pre/package-lock.json" "$js/package-lock.json" 2>/dev/null ||
    [ ! -f "$js/node_modules/lodash/package.json" ]; then
    rm -rf "$js.tmp"
    mkdir -p "$js.tmp"
    cp "$pre/package.json" "$pre/package-lock.json" "$js.tmp/"
    if command -v npm >/dev/null 2>&1 &&
        (cd "$js.tmp" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null); then
        rm -rf "$js"
        mv "$js.tmp" "$js"
        echo "setup: LeetCode's JavaScript libraries installed in deps/js"
    else
        rm -rf "$js.tmp"
        echo "setup: could not install LeetCode's JavaScript libraries with npm" >&2
    fi
fi
