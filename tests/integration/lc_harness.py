"""Shared harness of the integration tests: starts the real `litecode serve` on a
random free port with a fresh --data directory, a tiny HTTP client with a
per-request timeout, verdict polling, and a PASS/FAIL test runner.

Standard library only (run with /usr/bin/python3)."""

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse

REQUEST_TIMEOUT = 10.0      # seconds, every HTTP request
VERDICT_TIMEOUT = 60.0      # seconds, waiting for one verdict
FINAL_STATUSES = {
    "success", "compilation_error", "runtime_error", "time_limit_exceeded",
    "memory_limit_exceeded", "output_limit_exceeded", "internal_error",
}
RESULTS = {
    "Accepted", "Wrong Answer", "Time Limit Exceeded", "Memory Limit Exceeded",
    "Runtime Error", "Compilation Error", "Output Limit Exceeded", "Internal Error",
}
REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


class TestFailure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise TestFailure(msg)


def free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers          # dict, lower-case names
        self.body = body                # bytes
        self._json = None
        self._json_done = False

    @property
    def json(self):
        if not self._json_done:
            self._json_done = True
            try:
                self._json = json.loads(self.body.decode("utf-8"))
            except Exception:
                self._json = None
        return self._json

    def header(self, name):
        return self.headers.get(name.lower())

    def short(self, n=300):
        t = self.body[:n].decode("utf-8", "replace")
        return "%d %s" % (self.status, t)

    def __repr__(self):
        return "<Response %s>" % self.short()


class Client:
    def __init__(self, port, host="127.0.0.1"):
        self.host = host
        self.port = port

    def request(self, method, path, body=None, token=None, headers=None, raw=None,
                timeout=REQUEST_TIMEOUT):
        """body: a Python value sent as JSON; raw: bytes sent as they are."""
        h = {}
        data = None
        if raw is not None:
            data = raw
            h["Content-Type"] = "application/json"
        elif body is not None:
            data = json.dumps(body).encode("utf-8")
            h["Content-Type"] = "application/json"
        if token:
            h["Authorization"] = "Bearer " + token
        if headers:
            h.update(headers)
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            conn.putrequest(method, path, skip_accept_encoding=True)
            for k, v in h.items():
                conn.putheader(k, v)
            if data is not None or method in ("POST", "PUT", "PATCH"):
                conn.putheader("Content-Length", str(len(data or b"")))
            conn.endheaders()
            if data:
                try:
                    conn.send(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass   # the server may answer (413) before reading everything
            r = conn.getresponse()
            resp = Response(r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
            return resp
        finally:
            conn.close()

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.request("POST", path, body=body, **kw)

    def put(self, path, body=None, **kw):
        return self.request("PUT", path, body=body, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)

    def patch(self, path, body=None, **kw):
        return self.request("PATCH", path, body=body, **kw)

    # ---- helpers -------------------------------------------------------------

    def register(self, username, password="correct horse battery", email=None):
        r = self.post("/auth/register", {"username": username,
                                         "email": email or (username + "@example.com"),
                                         "password": password})
        check(r.status == 201, "POST /auth/register %s: expected 201, got %s" % (username, r.short()))
        j = r.json
        check(isinstance(j, dict) and isinstance(j.get("token"), str) and isinstance(j.get("user"), dict),
              "POST /auth/register: expected {user, token, expiresAt}, got %s" % r.short())
        return j["token"], j["user"]

    def login(self, login, password, field="username"):
        r = self.post("/auth/login", {field: login, "password": password})
        check(r.status == 200, "POST /auth/login %s=%s: expected 200, got %s" % (field, login, r.short()))
        return r.json["token"], r.json.get("user")

    def submit(self, token, problem, code, language, expect=201, retries=20):
        """POST /submissions; retries on 429/503 honouring Retry-After."""
        for _ in range(retries):
            r = self.post("/submissions", {"problemId": problem, "code": code, "language": language},
                          token=token)
            if r.status in (429, 503) and expect == 201:
                ra = r.header("Retry-After")
                try:
                    wait = min(float(ra), 10.0) if ra else 1.0
                except ValueError:
                    wait = 1.0
                time.sleep(max(wait, 0.2))
                continue
            break
        check(r.status == expect, "POST /submissions (%s): expected %d, got %s" % (language, expect, r.short()))
        return r

    def wait_final(self, path, token, timeout=VERDICT_TIMEOUT):
        """Polls GET path until status is not pending/running."""
        deadline = time.time() + timeout
        last = None
        while time.time() < deadline:
            r = self.get(path, token=token)
            check(r.status == 200, "GET %s: expected 200, got %s" % (path, r.short()))
            last = r.json
            if last.get("status") not in ("pending", "running"):
                return last
            time.sleep(0.1)
        raise TestFailure("GET %s: no verdict within %.0f s (last status %r)"
                          % (path, timeout, last and last.get("status")))


class Server:
    """`litecode serve --port N --data DIR` run from the repository root."""

    def __init__(self, binary, data_dir, port=None, log_path=None, extra_args=()):
        self.binary = os.path.abspath(binary)
        # LC_TEST_SERVE_ARGS: options for every server of a run (tests/redis/with_redis.sh
        # sets "--cache redis://..." to run the same tests against a real Redis)
        self.extra_args = list(extra_args) + os.environ.get("LC_TEST_SERVE_ARGS", "").split()
        self.data_dir = data_dir
        self.port = port or free_port()
        self.log_path = log_path or os.path.join(os.path.dirname(data_dir.rstrip("/")) or ".",
                                                 "serve-%d.log" % self.port)
        self.proc = None
        self.client = Client(self.port)

    def start(self, wait=120.0):
        self.log = open(self.log_path, "ab")
        self.proc = subprocess.Popen([self.binary, "serve", "--port", str(self.port),
                                      "--data", self.data_dir] + self.extra_args,
                                     cwd=REPO, stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.time() + wait
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("litecode serve exited with %s before /healthz answered; log:\n%s"
                                   % (self.proc.returncode, self.log_tail()))
            try:
                r = self.client.get("/healthz", timeout=2)
                if r.status == 200:
                    return
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.2)
        raise RuntimeError("litecode serve: /healthz did not answer 200 within %.0f s; log:\n%s"
                           % (wait, self.log_tail()))

    def log_tail(self, n=40):
        try:
            with open(self.log_path, "rb") as f:
                lines = f.read().decode("utf-8", "replace").splitlines()
            return "\n".join(lines[-n:])
        except OSError:
            return "(no log)"

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout=20):
        if not self.proc:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()

    def kill9(self):
        """kill -9 the server (the sandbox children die with it or are reaped by init)."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.log.close()

    def add_user(self, name, password, admin=True):
        args = [self.binary, "user", "add"]
        if admin:
            args.append("--admin")
        args.append(name)
        env = dict(os.environ, LITECODE_PASSWORD=password)
        # --data DIR selects the same data dir; try it before and after the command's args
        attempts = [[self.binary, "--data", self.data_dir] + args[1:],
                    args[:3] + ["--data", self.data_dir] + args[3:],
                    args + ["--data", self.data_dir]]
        out = []
        for a in attempts:
            p = subprocess.run(a, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               timeout=60)
            out.append("%s -> %d: %s" % (" ".join(a), p.returncode, p.stdout.decode("utf-8", "replace")))
            if p.returncode == 0:
                return
        raise RuntimeError("litecode user add failed:\n" + "\n".join(out))


class Runner:
    def __init__(self):
        self.tests = []
        self.passed = 0
        self.failed = 0
        self.failures = []

    def test(self, fn):
        self.tests.append(fn)
        return fn

    def run_one(self, name, fn, *args):
        t0 = time.time()
        try:
            fn(*args)
        except TestFailure as e:
            self.failed += 1
            self.failures.append((name, str(e)))
            print("FAIL %s: %s" % (name, e), flush=True)
            return False
        except Exception as e:  # a crash of the test (or a dead server) is a failure
            self.failed += 1
            msg = "%s: %s" % (type(e).__name__, e)
            self.failures.append((name, msg))
            print("FAIL %s: %s" % (name, msg), flush=True)
            traceback.print_exc(file=sys.stdout)
            return False
        self.passed += 1
        print("PASS %s (%.1f s)" % (name, time.time() - t0), flush=True)
        return True

    def summary(self):
        print("%d passed, %d failed" % (self.passed, self.failed), flush=True)
        return 0 if self.failed == 0 else 1


def read_ref(problem, verdict, name):
    with open(os.path.join(REPO, "problems", problem, "submissions", verdict, name)) as f:
        return f.read()


def quote(s):
    return urllib.parse.quote(s, safe="")
