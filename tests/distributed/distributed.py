"""The distributed deployment for real: one `litecode api` and two `litecode
worker` processes on PostgreSQL (LITECODE_STORE), Redis (LC_TEST_CACHE_URL) and
a Kafka-protocol cluster (LITECODE_QUEUE), all started by the wrappers
tests/postgres/with_postgres.sh, tests/redis/with_redis.sh and
tests/kafka/with_kafka.sh on 127.0.0.1.

  python3 tests/distributed/distributed.py LITECODE_BINARY

Checks: the API judges through the workers (Accepted, Wrong Answer); the two
workers share the work; SIGTERM lets a worker finish the submission it is
judging (the verdict arrives, the process exits 0); kill -9 of a worker in the
middle of a submission, then of the API process, loses nothing: every
submission gets exactly one verdict (the problem's counters in PostgreSQL
equal the number of submissions, so nothing was counted twice); a submission
stored as pending but never queued is swept back into the queue.
Prints "N passed, N failed"."""

import http.client
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
from lc_harness import (REPO, Client, Runner, TestFailure, check, free_port,  # noqa: E402
                        read_ref)

PROBLEM = "pair-with-target"
ADMIN, PASSWORD = "dist_admin", "dist-admin-password"
R = Runner()
test = R.test


class Proc:
    """One litecode process (api or worker) with its own data dir and log."""

    def __init__(self, binary, tmp, name, args, env=None):
        self.binary, self.name, self.args, self.extra_env = binary, name, args, env or {}
        self.data = os.path.join(tmp, name)
        self.log_path = os.path.join(tmp, name + ".log")
        self.proc = None

    def start(self):
        os.makedirs(self.data, exist_ok=True)
        self.log = open(self.log_path, "ab")
        # the sweeper of the API process looks every second for submissions pending 2 s
        env = dict(os.environ, LITECODE_LOG="info", LITECODE_SWEEP_INTERVAL="1",
                   LITECODE_SWEEP_AGE="2", **self.extra_env)
        self.proc = subprocess.Popen([self.binary] + self.args + ["--data", self.data],
                                     cwd=REPO, stdout=self.log, stderr=subprocess.STDOUT, env=env,
                                     start_new_session=True)

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def signal(self, sig, wait=60):
        self.proc.send_signal(sig)
        return self.wait(wait)

    def wait(self, wait=60):
        try:
            rc = self.proc.wait(wait)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            rc = None
        self.log.close()
        return rc

    def text(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")


class Ctx:
    pass


def psql(sql):
    out = subprocess.run(["psql", "-q", "-At", "-d", os.environ["LITECODE_STORE"], "-c", sql],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
    check(out.returncode == 0, "psql %s: %s" % (sql, out.stderr.decode()))
    return out.stdout.decode().strip()


def wait_http(client, proc, wait=120):
    deadline = time.time() + wait
    while time.time() < deadline:
        check(proc.alive(), "%s exited; log:\n%s" % (proc.name, proc.text()[-3000:]))
        try:
            if client.get("/healthz", timeout=2).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise TestFailure("%s: /healthz did not answer" % proc.name)


def start_api():
    Ctx.api = Proc(Ctx.binary, Ctx.tmp, "api-%d" % Ctx.api_runs,
                   ["api", "--port", str(Ctx.port)] + Ctx.cache)
    Ctx.api_runs += 1
    Ctx.api.start()
    wait_http(Ctx.c, Ctx.api)


def start_worker(i):
    w = Proc(Ctx.binary, Ctx.tmp, "worker%d-%d" % (i, time.time_ns() % 100000),
             ["worker", "--workers", "1"] + Ctx.cache)
    w.start()
    Ctx.workers[i] = w
    return w


def submit(token, code, language="python"):
    r = Ctx.c.submit(token, Ctx.pid, code, language)
    return r.json["id"]


def verdict(sid, token, timeout=120):
    return Ctx.c.wait_final("/submissions/" + sid, token, timeout=timeout)


def wait_status(sid, token, status, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        j = Ctx.c.get("/submissions/" + sid, token=token).json
        if j.get("status") == status:
            return
        time.sleep(0.05)
    raise TestFailure("%s never reached %s" % (sid, status))


def slow_submission_running():
    """A Time Limit Exceeded submission, once a worker is judging it."""
    tok = user()
    sid = submit(tok, read_ref(PROBLEM, "time_limit_exceeded", "all_pairs.py"))
    wait_status(sid, tok, "running")
    return sid, tok


def user():
    Ctx.users += 1
    tok, _ = Ctx.c.register("dist_u%d" % Ctx.users, "password-%d" % Ctx.users)
    return tok


@test
def ready_reports_every_backend():
    r = Ctx.c.get("/readyz")
    check(r.status == 200, "GET /readyz: %s" % r.short())
    checks = r.json.get("checks", {})
    for k in ("store", "cache", "queue"):
        check(checks.get(k) == "ok", "readyz %s: %r" % (k, checks))


@test
def accepted_and_wrong_answer_through_the_workers():
    tok = user()
    a = submit(tok, read_ref(PROBLEM, "accepted", "solution.py"))
    w = submit(tok, read_ref(PROBLEM, "wrong_answer", "overwrite_index.py"))
    ja, jw = verdict(a, tok), verdict(w, tok)
    check(ja.get("result") == "Accepted", "accepted reference: %r" % ja)
    check(jw.get("result") == "Wrong Answer", "wrong answer: %r" % jw)
    check(jw.get("failingTest") or jw.get("failing_test") or jw.get("passed", 0) < jw.get("total", 0),
          "a Wrong Answer names what failed: %r" % jw)


@test
def a_worker_answers_its_probes_and_nothing_else():
    port = free_port()
    w = Proc(Ctx.binary, Ctx.tmp, "worker-health", ["worker", "--workers", "1", "--port", str(port)]
             + Ctx.cache)
    w.start()
    try:
        c = Client(port)
        wait_http(c, w)
        r = c.get("/readyz")
        check(r.status == 200, "worker /readyz: %s" % r.short())
        checks = r.json["checks"]
        check(checks.get("store") == "ok" and checks.get("queue") == "ok" and checks.get("workers") == 1,
              "worker /readyz checks: %r" % checks)
        check(c.get("/metrics").status == 200, "worker /metrics")
        for path in ("/problems", "/ping", "/"):
            check(c.get(path).status == 404, "a worker serves %s" % path)
        check(c.post("/auth/login", {"username": "x", "password": "y"}).status in (404, 405),
              "a worker serves the API")
    finally:
        w.signal(signal.SIGTERM)


@test
def two_workers_share_the_work():
    code = read_ref(PROBLEM, "accepted", "solution.cpp")
    ids = []
    for _ in range(3):
        tok = user()
        for _ in range(8):
            ids.append((submit(tok, code, "cpp"), tok))
    for sid, tok in ids:
        j = verdict(sid, tok)
        check(j.get("result") == "Accepted", "%s: %r" % (sid, j))
    counts = [w.text().count("event=judged") for w in Ctx.workers]
    check(all(c > 0 for c in counts), "judged per worker: %r (both must take a share)" % counts)


@test
def sigterm_finishes_the_submission_being_judged():
    sid, tok = slow_submission_running()
    for w in Ctx.workers:  # both at once, as a rolling update would
        w.proc.send_signal(signal.SIGTERM)
    rcs = [w.wait(90) for w in Ctx.workers]
    check(rcs == [0, 0], "workers' exit codes after SIGTERM: %r" % rcs)
    j = verdict(sid, tok, timeout=20)  # the verdict came from the worker that stopped
    check(j.get("result") == "Time Limit Exceeded", "%r" % j)
    for i in range(2):
        start_worker(i)


@test
def kill9_of_a_worker_mid_submission_loses_nothing():
    sid, tok = slow_submission_running()
    # kill -9 both: whichever had it dies mid-judging without committing its offset
    for w in Ctx.workers:
        w.signal(signal.SIGKILL)
    for i in range(2):
        start_worker(i)
    j = verdict(sid, tok, timeout=180)
    check(j.get("result") == "Time Limit Exceeded", "%r" % j)


@test
def kill9_of_the_api_loses_no_verdict():
    tok = user()
    code = read_ref(PROBLEM, "accepted", "solution.py")
    ids = [submit(tok, code) for _ in range(6)]
    Ctx.api.signal(signal.SIGKILL)  # the results consumer dies with whatever it held
    time.sleep(3)                   # verdicts pile up in submission-results meanwhile
    start_api()
    for sid in ids:
        j = verdict(sid, tok)
        check(j.get("result") == "Accepted", "%s: %r" % (sid, j))


@test
def sse_on_another_api_process_hears_the_verdict():
    # a second API process whose SSE streams read the store only once a minute
    # on their own: the verdict applied by the first (or by itself: the results
    # consumers share the topic) reaches it by the live notices over Redis
    port2 = free_port()
    api2 = Proc(Ctx.binary, Ctx.tmp, "api-sse", ["api", "--port", str(port2)] + Ctx.cache,
                env={"LITECODE_SSE_POLL_MS": "60000"})
    api2.start()
    try:
        wait_http(Client(port2), api2)
        tok = user()
        sid = submit(tok, read_ref(PROBLEM, "accepted", "solution.cpp"), "cpp")
        conn = http.client.HTTPConnection("127.0.0.1", port2, timeout=40)
        t0 = time.time()
        conn.request("GET", "/submissions/%s/events" % sid,
                     headers={"Accept": "text/event-stream", "Authorization": "Bearer " + tok})
        r = conn.getresponse()
        check(r.status == 200, "SSE on the second API: %d" % r.status)
        body = b""
        while b"event: done" not in body:
            line = r.readline()
            if not line:
                break
            body += line
        conn.close()
        check(b"event: done" in body, "no done event: %r" % body[-300:])
        check(b"Accepted" in body, "no verdict in the stream: %r" % body[-300:])
        check(time.time() - t0 < 30, "the verdict took %.1f s to reach the stream" % (time.time() - t0))
    finally:
        api2.signal(signal.SIGTERM)


@test
def a_stranded_pending_submission_is_swept_back_into_the_queue():
    # stored as pending but never published (as when the broker was unreachable
    # after the commit): written to the database behind the API's back
    tok, u = Ctx.c.register("dist_swept", "password-swept")
    sid = "01ffffff-0000-7000-8000-%012d" % (time.time_ns() % 10**12)
    code = read_ref(PROBLEM, "accepted", "solution.py")
    check("$lc$" not in code, "the reference contains the quote")
    psql("INSERT INTO submissions (id, user_id, problem_id, language, code, mode, status, created_at)"
         " VALUES ('%s', %d, %d, 'python', $lc$%s$lc$, 'submit', 'pending', %d)"
         % (sid, u["id"], Ctx.pid, code, int(time.time() * 1000) - 10000))
    j = verdict(sid, tok, timeout=60)
    check(j.get("result") == "Accepted", "%r" % j)
    check("event=swept" in Ctx.api.text(), "the API's log names no sweep")


@test
def every_submission_has_exactly_one_verdict():
    pid = Ctx.pid
    unfinished = psql("SELECT count(*) FROM submissions WHERE status IN ('pending', 'running')")
    check(unfinished == "0", "%s submissions without a verdict" % unfinished)
    n = psql("SELECT count(*) FROM submissions WHERE problem_id = %d AND mode = 'submit'" % pid)
    acc = psql("SELECT count(*) FROM submissions WHERE problem_id = %d AND mode = 'submit'"
               " AND result = 'Accepted'" % pid)
    counters = psql("SELECT submissions || ' ' || accepted FROM problems WHERE id = %d" % pid)
    check(counters == "%s %s" % (n, acc),
          "problem counters %s, submissions %s accepted %s: a verdict was applied twice or lost"
          % (counters, n, acc))


def main():
    if len(sys.argv) != 2:
        print("usage: distributed.py LITECODE_BINARY", file=sys.stderr)
        return 2
    for v in ("LITECODE_STORE", "LITECODE_QUEUE", "LC_TEST_CACHE_URL"):
        if not os.environ.get(v):
            print("FAIL setup: %s is not set (run under with_postgres.sh, with_redis.sh and"
                  " with_kafka.sh)\n0 passed, 1 failed" % v)
            return 1
    Ctx.binary = os.path.abspath(sys.argv[1])
    Ctx.tmp = tempfile.mkdtemp(prefix="litecode-dist-")
    Ctx.port = free_port()
    Ctx.c = Client(Ctx.port)
    Ctx.cache = ["--cache", os.environ["LC_TEST_CACHE_URL"]]
    Ctx.users = 0
    Ctx.api_runs = 0
    Ctx.workers = [None, None]
    ok = False
    try:
        try:
            # the roles refuse a queue no other process can reach
            p = subprocess.run([Ctx.binary, "worker", "--queue", "memory:"], stderr=subprocess.PIPE,
                               timeout=30)
            check(p.returncode == 2 and b"kafka" in p.stderr, "worker on memory: %r" % (p,))
            start_api()
            env = dict(os.environ, LITECODE_PASSWORD=PASSWORD)
            subprocess.run([Ctx.binary, "user", "add", "--admin", "--data", Ctx.api.data, ADMIN],
                           env=env, check=True, stdout=subprocess.DEVNULL, timeout=60)
            for i in range(2):
                start_worker(i)
            Ctx.pid = Ctx.c.get("/problems/" + PROBLEM).json["id"]
        except Exception as e:
            print("FAIL setup: %s" % e)
            print("0 passed, 1 failed")
            return 1
        for fn in R.tests:
            R.run_one(fn.__name__, fn)
            # a failed test may leave a process down: the next one reports on its own
            for i, w in enumerate(Ctx.workers):
                if not w.alive():
                    start_worker(i)
            if not Ctx.api.alive():
                start_api()
        ok = R.failed == 0
    finally:
        procs = [Ctx.api] + Ctx.workers if getattr(Ctx, "api", None) else Ctx.workers
        for p in procs:
            if p and p.alive():
                p.signal(signal.SIGTERM)
        if ok:
            shutil.rmtree(Ctx.tmp, ignore_errors=True)
        else:
            print("logs in %s" % Ctx.tmp)
    return R.summary()


if __name__ == "__main__":
    sys.exit(main())
