#!/bin/sh
# The npm packages the judge binds read-only into the sandbox, into deps/ (not
# in git): LeetCode's JavaScript libraries and TypeScript's compiler. Quiet
# when they are up to date; used by scripts/setup.sh and the image's build.
# Exits 1 when one could not be installed (the language then goes without).
set -u
# npm_deps LOCK_DIR DEST PROBE WHAT: the npm packages locked in LOCK_DIR
# (package.json + package-lock.json) installed into DEST (not in git), again
# whenever the lock file changes; the judge binds DEST read-only into the
# sandbox. A failure is reported and leaves the language without them.
root=$(cd "$(dirname "$0")/.." && pwd)
failed=0
npm_deps() {
    if ! cmp -s "$1/package-lock.json" "$2/package-lock.json" 2>/dev/null || [ ! -f "$2/$3" ]; then
        rm -rf "$2.tmp"
        mkdir -p "$2.tmp"
        cp "$1/package.json" "$1/package-lock.json" "$2.tmp/"
        if command -v npm >/dev/null 2>&1 &&
            (cd "$2.tmp" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null); then
            rm -rf "$2"
            mv "$2.tmp" "$2"
            echo "setup: $4 installed in ${2#"$root"/}"
        else
            rm -rf "$2.tmp"
            echo "setup: could not install $4 with npm" >&2
            failed=1
        fi
    fi
}
# LeetCode's preloaded JavaScript libraries (lodash, @datastructures-js), at the
# versions of lib/judge/drivers/javascript/preload. Without them JavaScript
# still judges; code using them fails.
npm_deps "$root/lib/judge/drivers/javascript/preload" "$root/deps/js" \
    node_modules/lodash/package.json "LeetCode's JavaScript libraries"
# TypeScript's compiler at LeetCode's version, and LiteCode's TypeScript
# globals beside it (lib/judge/drivers/typescript). Without it a TypeScript
# submission ends in an Internal Error that says so.
npm_deps "$root/lib/judge/drivers/typescript/tsc" "$root/deps/ts" \
    node_modules/typescript/lib/tsc.js "the TypeScript compiler"
if [ -d "$root/deps/ts" ]; then
    cmp -s "$root/lib/judge/drivers/typescript/lc_globals.d.ts" "$root/deps/ts/lc_globals.d.ts" ||
        cp "$root/lib/judge/drivers/typescript/lc_globals.d.ts" "$root/deps/ts/"
fi
exit $failed
