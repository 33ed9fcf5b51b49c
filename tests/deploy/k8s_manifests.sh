#!/bin/sh
# The Kubernetes manifests of deploy/k8s, validated offline against the official
# schemas (no cluster runs here): every manifest must pass, every file under
# tests/deploy/broken must be refused. Installs kubernetes-models and yaml from
# npm into ${LC_K8S_VALIDATE_DIR:-/tmp/litecode-k8s-validate} on first use
# (never into the repository). Prints "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=${LC_K8S_VALIDATE_DIR:-/tmp/litecode-k8s-validate}
if [ ! -f "$dir/node_modules/kubernetes-models/package.json" ] || [ ! -f "$dir/node_modules/yaml/package.json" ]; then
    mkdir -p "$dir"
    echo '{"private": true}' >"$dir/package.json"
    if ! (cd "$dir" && npm install --no-audit --no-fund --loglevel=error \
            kubernetes-models@5.1.0 yaml@2.9.1 >/dev/null); then
        echo "k8s_manifests: npm could not install kubernetes-models" >&2
        echo "0 passed, 1 failed"
        exit 1
    fi
fi
exec node "$here/validate_k8s.js" "$dir/node_modules" --ok "$root"/deploy/k8s/*.yaml \
    --broken "$here"/broken/*.yaml
