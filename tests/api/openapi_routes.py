#!/usr/bin/env python3
"""Checks that GET /openapi.json documents exactly the routes the server has.

usage: openapi_routes.py LITECODE_BINARY

Starts `LITECODE_BINARY serve` on a free port with a fresh --data directory, fetches
/openapi.json, and checks:
  - the document is a structurally valid OpenAPI 3.0.3 document (every $ref resolves,
    path templates declare their parameters, operationIds are unique; plus the full
    openapi-spec-validator when that Python package is installed);
  - its (method, path) set equals the router's set, read from the route table in
    lib/service/routes.c (the `{"GET", "/path", handler}` lines, `:id` -> `{id}`);
  - every documented route answers its method with something other than the router's
    404 (no route) / 405 (method not allowed), and the status it answers is one the
    document lists for that operation;
  - every routed (method, path) is called by some request of the Postman collection
    docs/postman/litecode.postman_collection.json (which run_newman.sh runs).
The last line printed is `N passed, N failed`; the exit status is 1 on any failure.

Standard library only (run with /usr/bin/python3)."""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ROUTES_C = os.path.join(REPO, "lib", "service", "routes.c")
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
TIMEOUT = 15.0

passed = 0
failed = 0


def result(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("PASS %s" % name)
    else:
        failed += 1
        print("FAIL %s%s" % (name, (": " + detail) if detail else ""))
    sys.stdout.flush()
    return ok


def free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def request(port, method, path, body=None, token=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        headers = {}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = "Bearer " + token
        if data is None and method in ("POST", "PUT", "PATCH"):
            data = b""
        conn.request(method, path, body=data, headers=headers)
        r = conn.getresponse()
        raw = r.read()
        try:
            js = json.loads(raw.decode("utf-8"))
        except Exception:
            js = None
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), raw, js
    finally:
        conn.close()


def router_routes():
    """(method, path) pairs of the route table in lib/service/routes.c."""
    text = open(ROUTES_C, encoding="utf-8").read()
    m = re.search(r"lc_http_route\s+routes\s*\[\s*\]\s*=\s*\{(.*?)\n\};", text, re.S)
    table = m.group(1) if m else text
    out = set()
    for meth, path in re.findall(r'\{\s*"([A-Z]+)"\s*,\s*"([^"]+)"\s*,\s*\w+\s*\}', table):
        out.add((meth, re.sub(r":([A-Za-z_][A-Za-z0-9_]*)", r"{\1}", path)))
    return out


def doc_routes(doc):
    out = set()
    for path, item in (doc.get("paths") or {}).items():
        for k in item:
            if k.upper() in METHODS:
                out.add((k.upper(), path))
    return out


def collection_routes(coll, routes):
    """The routes of `routes` that some request of a Postman collection calls."""
    out = set()

    def walk(items):
        for it in items:
            if "item" in it:
                walk(it["item"])
                continue
            r = it.get("request") or {}
            u = r.get("url")
            raw = u.get("raw", "") if isinstance(u, dict) else (u or "")
            path = re.sub(r"^\{\{baseUrl\}\}", "", raw).split("?")[0]
            segs = [s for s in path.split("/") if s]
            for meth, rpath in routes:
                rsegs = [s for s in rpath.split("/") if s]
                if meth == r.get("method") and len(rsegs) == len(segs) and all(
                        a == b or (a.startswith("{") and b) for a, b in zip(rsegs, segs)):
                    out.add((meth, rpath))
    walk(coll.get("item", []))
    return out


def resolve(doc, ref):
    if not ref.startswith("#/"):
        raise KeyError(ref)
    node = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def structural_problems(doc):
    """A dependency-free check of the parts of OpenAPI 3.0.3 most likely to go wrong."""
    probs = []
    if doc.get("openapi") != "3.0.3":
        probs.append("openapi is %r, not '3.0.3'" % doc.get("openapi"))
    info = doc.get("info") or {}
    if not info.get("title") or not info.get("version"):
        probs.append("info.title and info.version are required")
    if not isinstance(doc.get("paths"), dict):
        probs.append("paths must be an object")
        return probs

    def walk(node, where):
        if isinstance(node, dict):
            if "$ref" in node:
                try:
                    resolve(doc, node["$ref"])
                except Exception:
                    probs.append("%s: unresolved $ref %s" % (where, node["$ref"]))
            for k, v in node.items():
                walk(v, where + "/" + str(k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, "%s[%d]" % (where, i))
    walk(doc, "#")

    schemes = ((doc.get("components") or {}).get("securitySchemes") or {})
    if "bearerAuth" not in schemes:
        probs.append("components.securitySchemes.bearerAuth is missing")
    opids = {}
    for path, item in doc["paths"].items():
        if not path.startswith("/"):
            probs.append("path %s must start with /" % path)
        templ = set(re.findall(r"\{([^}]+)\}", path))
        common = item.get("parameters", [])
        for meth, op in item.items():
            if meth.upper() not in METHODS:
                continue
            where = "%s %s" % (meth.upper(), path)
            params = []
            for p in common + op.get("parameters", []):
                try:
                    params.append(resolve(doc, p["$ref"]) if "$ref" in p else p)
                except Exception:
                    pass
            declared = set(p.get("name") for p in params if p.get("in") == "path")
            for p in params:
                if p.get("in") == "path" and p.get("required") is not True:
                    probs.append("%s: path parameter %s must be required" % (where, p.get("name")))
            if templ != declared:
                probs.append("%s: path parameters %s, declared %s" % (where, sorted(templ), sorted(declared)))
            if not op.get("responses"):
                probs.append("%s: no responses" % where)
            for code in op.get("responses", {}):
                if not re.fullmatch(r"[1-5][0-9][0-9]|[1-5]XX|default", str(code)):
                    probs.append("%s: bad response code %s" % (where, code))
            oid = op.get("operationId")
            if oid in opids:
                probs.append("%s: operationId %s also on %s" % (where, oid, opids[oid]))
            opids[oid] = where
            for req in op.get("security", doc.get("security", [])):
                for name in req:
                    if name not in schemes:
                        probs.append("%s: unknown security scheme %s" % (where, name))
    return probs


def main():
    if len(sys.argv) != 2:
        print("usage: openapi_routes.py LITECODE_BINARY", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    data = tempfile.mkdtemp(prefix="litecode-openapi-")
    port = free_port()
    log = open(os.path.join(data, "serve.log"), "w+")
    proc = subprocess.Popen([binary, "serve", "--port", str(port), "--data", os.path.join(data, "d"),
                             "--workers", "1"], cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        up = False
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None:
            try:
                if request(port, "GET", "/ping")[0] == 200:
                    up = True
                    break
            except OSError:
                pass
            time.sleep(0.2)
        if not result(up, "server starts on port %d" % port):
            log.seek(0)
            print(log.read()[-3000:])
            return 1

        st, hdr, raw, doc = request(port, "GET", "/openapi.json")
        result(st == 200 and isinstance(doc, dict), "GET /openapi.json answers 200 with a JSON object",
               "%d %r" % (st, raw[:200]))
        result((hdr.get("content-type") or "").startswith("application/json"),
               "GET /openapi.json is application/json", hdr.get("content-type") or "")
        if not isinstance(doc, dict):
            return 1
        with open(os.path.join(REPO, "docs", "openapi.json"), encoding="utf-8") as f:
            on_disk = json.load(f)
        result(on_disk == doc, "the served document is docs/openapi.json (rebuild after editing it)")

        probs = structural_problems(doc)
        result(not probs, "structurally valid OpenAPI 3.0.3", "; ".join(probs[:20]))
        try:
            from openapi_spec_validator import validate  # optional
        except Exception:
            validate = None
            print("note: openapi-spec-validator is not installed; structural checks only")
        if validate:
            try:
                validate(doc)
                result(True, "openapi-spec-validator accepts the document")
            except Exception as e:  # noqa: BLE001
                result(False, "openapi-spec-validator accepts the document", str(e)[:500])

        router = router_routes()
        documented = doc_routes(doc)
        result(len(router) >= 10, "the route table of lib/service/routes.c parses (%d routes)" % len(router))
        for meth, path in sorted(router | documented, key=lambda r: (r[1], r[0])):
            if (meth, path) not in documented:
                result(False, "%s %s documented" % (meth, path), "in the router but not in openapi.json")
            elif (meth, path) not in router:
                result(False, "%s %s routed" % (meth, path), "in openapi.json but not in routes.c")
            else:
                result(True, "%s %s in both" % (meth, path))

        # the Postman collection (run by run_newman.sh) exercises every routed (method, path)
        coll_path = os.path.join(REPO, "docs", "postman", "litecode.postman_collection.json")
        if os.path.exists(coll_path):
            exercised = collection_routes(json.load(open(coll_path, encoding="utf-8")), router)
            for meth, path in sorted(router, key=lambda r: (r[1], r[0])):
                result((meth, path) in exercised, "%s %s exercised by the Postman collection" % (meth, path))

        # fixtures for the public routes that take an id: problem 1 (bundled) and a fresh user.
        # Every other route is called without a token, so it answers 401 before any lookup.
        st, _, _, reg = request(port, "POST", "/auth/register",
                                {"username": "openapi_probe", "email": "openapi_probe@example.com",
                                 "password": "probe-password-1"})
        uid = str(reg["user"]["id"]) if st == 201 and isinstance(reg, dict) and "user" in reg else "1"
        result(st == 201, "fixture user registered", "%d" % st)
        ids = {"/problems/": "1", "/users/": uid, "/tags/": "1", "/submissions/": "0190-none",
               "/runs/": "0190-none"}

        def concrete(path):
            for prefix, v in ids.items():
                if path.startswith(prefix):
                    return path.replace("{id}", v)
            return path.replace("{id}", "1")

        for meth, path in sorted(documented, key=lambda r: (r[1], r[0])):
            url = concrete(path)
            try:
                st, hdr, raw, js = request(port, meth, url)
            except Exception as e:  # noqa: BLE001
                result(False, "%s %s answers" % (meth, url), repr(e))
                continue
            msg = js.get("error", "") if isinstance(js, dict) else ""
            result(st not in (404, 405), "%s %s answers (%d)" % (meth, url, st),
                   "%d %s" % (st, raw[:200].decode("utf-8", "replace")))
            op = doc["paths"][path][meth.lower()]
            codes = set(str(c) for c in op.get("responses", {}))
            result(str(st) in codes or "default" in codes,
                   "%s %s: status %d is documented" % (meth, path, st),
                   "documented: %s; got %d %s" % (sorted(codes), st, msg))
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        log.close()
        if failed == 0:
            shutil.rmtree(data, ignore_errors=True)
        else:
            print("kept %s (serve.log)" % data)
        print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
