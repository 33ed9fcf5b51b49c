#!/bin/sh
# Installs the app's npm packages (again only when package-lock.json changed)
# and exports the web build to app/dist (again only when a source changed),
# which `litecode serve` serves at /.
#   sh app/scripts/build.sh
set -eu
app=$(cd "$(dirname "$0")/.." && pwd)
cd "$app"
if ! command -v npm >/dev/null 2>&1; then
    echo "app: npm is missing (Node.js 20 with npm is needed for the app)" >&2
    exit 1
fi
if ! cmp -s package-lock.json node_modules/.litecode-lock 2>/dev/null; then
    echo "app: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.litecode-lock
fi
stale=yes
if [ -f dist/index.html ] &&
    [ -z "$(find App.tsx index.ts app.json package-lock.json src assets -newer dist/index.html 2>/dev/null | head -1)" ]; then
    stale=no
fi
if [ "$stale" = yes ]; then
    echo "app: exporting the web build to app/dist"
    rm -rf dist.tmp
    EXPO_NO_TELEMETRY=1 EXPO_OFFLINE=1 CI=1 npx expo export --platform web --output-dir dist.tmp >dist.log 2>&1 ||
        { cat dist.log >&2; exit 1; }
    rm -rf dist
    mv dist.tmp dist
    rm -f dist.log
fi
