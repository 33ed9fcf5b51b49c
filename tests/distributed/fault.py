"""Fault test of the distributed deployment: 500 submissions sent while a
worker, the API process (the results consumer) and Redis are killed with
SIGKILL at random moments and restarted. Runs under with_postgres.sh,
with_redis.sh and with_kafka.sh, like distributed.py.

  python3 tests/distributed/fault.py LITECODE_BINARY [N]

Checks: every submission the API answered 201 reaches its verdict, the right
one (Accepted or Wrong Answer by the code sent); no submission is left
pending or running; the problem's counters equal its submissions (no verdict
applied twice, none lost); while Redis is down every request is answered
(200, or a 503 with a JSON error), never a dropped connection from a crash.
Prints "N passed, N failed"."""

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from distributed import Proc, psql, wait_http  # noqa: E402
from lc_harness import Client, Runner, check, free_port, read_ref  # noqa: E402

PROBLEM = "pair-with-target"
R = Runner()


def main():
    binary = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    for v in ("LITECODE_STORE", "LITECODE_QUEUE", "LC_TEST_CACHE_URL", "LC_TEST_REDIS_DIR"):
        if not os.environ.get(v):
            print("FAIL setup: %s is not set\n0 passed, 1 failed" % v)
            return 1
    tmp = tempfile.mkdtemp(prefix="litecode-fault-")
    port = free_port()
    c = Client(port)
    cache = ["--cache", os.environ["LC_TEST_CACHE_URL"]]
    rdir, rport = os.environ["LC_TEST_REDIS_DIR"], os.environ["LC_TEST_REDIS_PORT"]
    procs = {"runs": 0}
    lock = threading.Lock()

    def start_api():
        procs["runs"] += 1
        p = Proc(binary, tmp, "api-%d" % procs["runs"],
                 ["api", "--port", str(port), "--submit-rate", "1000000"] + cache)
        p.start()
        wait_http(c, p)
        procs["api"] = p

    def start_worker(i):
        procs["runs"] += 1
        p = Proc(binary, tmp, "worker%d-%d" % (i, procs["runs"]), ["worker", "--workers", "1"] + cache)
        p.start()
        procs[i] = p

    def redis_kill():
        with open(os.path.join(rdir, "redis.pid")) as f:
            os.kill(int(f.read().strip()), signal.SIGKILL)

    def redis_start():
        subprocess.run(["redis-server", "--bind", "127.0.0.1", "--port", rport, "--save", "",
                        "--appendonly", "no", "--daemonize", "yes", "--dir", rdir,
                        "--pidfile", os.path.join(rdir, "redis.pid"),
                        "--logfile", os.path.join(rdir, "redis.log")], check=True)

    ac = read_ref(PROBLEM, "accepted", "solution.py")
    wa = read_ref(PROBLEM, "wrong_answer", "overwrite_index.py")
    sent = {}           # id -> expected result
    outage_answers = []  # statuses seen while Redis was down
    problems = []
    stop = threading.Event()
    redis_down = threading.Event()

    def submitter(k, toks, pid, count):
        cl = Client(port)
        for i in range(count):
            code, want = (wa, "Wrong Answer") if i % 10 == 9 else (ac, "Accepted")
            for _ in range(600):
                try:
                    r = cl.post("/submissions", {"problemId": pid, "code": code, "language": "python"},
                                token=toks[k])
                except OSError:
                    time.sleep(0.2)  # the API process is down: it comes back
                    continue
                if redis_down.is_set():
                    with lock:
                        outage_answers.append(r.status)
                if r.status == 201:
                    with lock:
                        sent[r.json["id"]] = want
                    time.sleep(0.6)  # ~16 a second in all: the faults land while judging
                    break
                if r.status in (429, 503):
                    check(isinstance(r.json, dict) and "error" in r.json,
                          "a %d without a JSON error: %s" % (r.status, r.short()))
                    time.sleep(0.2)
                    continue
                with lock:
                    problems.append("POST /submissions: %s" % r.short())
                break

    faults = []

    def chaos():
        rnd = random.Random(7)
        actions = ["worker", "api", "worker", "redis"]
        i = 0
        while not stop.is_set():
            time.sleep(rnd.uniform(1.5, 4.0))
            if stop.is_set():
                break
            what = actions[i % len(actions)]
            i += 1
            faults.append(what)
            if what == "worker":
                w = rnd.randrange(2)
                procs[w].signal(signal.SIGKILL)
                start_worker(w)
            elif what == "api":
                procs["api"].signal(signal.SIGKILL)
                start_api()
            else:
                redis_kill()
                redis_down.set()
                t_end = time.time() + 2.5
                cl = Client(port)
                while time.time() < t_end:  # requests during the outage
                    for path in ("/problems/" + PROBLEM, "/problems?limit=5", "/readyz"):
                        try:
                            r = cl.get(path)
                        except OSError as e:
                            if procs["api"].alive():
                                with lock:
                                    problems.append("GET %s during the Redis outage: %s" % (path, e))
                            continue
                        ok = r.status == 200 or (r.status == 503 and isinstance(r.json, dict)
                                                 and "error" in r.json)
                        if not ok:
                            with lock:
                                problems.append("GET %s during the Redis outage: %s" % (path, r.short()))
                    time.sleep(0.1)
                check(procs["api"].alive(), "the API process died with Redis")
                redis_start()
                redis_down.clear()

    ok = False
    try:
        start_api()
        for i in range(2):
            start_worker(i)
        pid = c.get("/problems/" + PROBLEM).json["id"]
        toks = [c.register("fault_u%d" % k, "password-%d" % k)[0] for k in range(10)]
        t0 = time.time()
        subs = [threading.Thread(target=submitter, args=(k, toks, pid, n // 10)) for k in range(10)]
        ch = threading.Thread(target=chaos)
        ch.start()
        for t in subs:
            t.start()
        for t in subs:
            t.join()
        time.sleep(8)  # a few more faults while the last ones are judged
        stop.set()
        ch.join()
        print("  %d submissions sent in %.1f s; SIGKILLs: %s" % (len(sent), time.time() - t0,
              ", ".join("%d %s" % (faults.count(f), f) for f in ("worker", "api", "redis"))), flush=True)

        def all_sent():
            check(len(sent) == n, "%d of %d submissions were accepted by the API" % (len(sent), n))
        R.run_one("every_submission_sent", all_sent)

        def no_errors():
            check(not problems, "; ".join(problems[:5]))
            print("  answers during Redis outages: %s" % sorted(set(outage_answers)))
        R.run_one("requests_during_faults_answered", no_errors)

        def verdicts():
            deadline = time.time() + 300
            while time.time() < deadline:
                left = psql("SELECT count(*) FROM submissions WHERE status IN ('pending', 'running')")
                if left == "0":
                    break
                time.sleep(1)
            check(left == "0", "%s submissions without a verdict after 300 s" % left)
            rows = psql("SELECT id || ' ' || COALESCE(result, '-') FROM submissions"
                        " WHERE problem_id = %d" % pid).splitlines()
            got = dict(r.split(" ", 1) for r in rows)
            wrong = [(i, want, got.get(i)) for i, want in sent.items() if got.get(i) != want]
            check(not wrong, "%d wrong or missing verdicts, e.g. %r" % (len(wrong), wrong[:3]))
        R.run_one("every_submission_has_its_verdict", verdicts)

        def once():
            nsub = psql("SELECT count(*) FROM submissions WHERE problem_id = %d AND mode = 'submit'" % pid)
            nacc = psql("SELECT count(*) FROM submissions WHERE problem_id = %d AND mode = 'submit'"
                        " AND result = 'Accepted'" % pid)
            counters = psql("SELECT submissions || ' ' || accepted FROM problems WHERE id = %d" % pid)
            check(counters == "%s %s" % (nsub, nacc),
                  "counters %s vs %s submissions, %s accepted: a verdict applied twice or lost"
                  % (counters, nsub, nacc))
        R.run_one("each_verdict_applied_once", once)
        ok = R.failed == 0
    except Exception as e:
        print("FAIL setup: %s" % e)
        R.failed += 1
    finally:
        stop.set()
        for k in ("api", 0, 1):
            p = procs.get(k)
            if p and p.alive():
                p.signal(signal.SIGTERM)
        if ok:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print("logs in %s" % tmp)
    return R.summary()


if __name__ == "__main__":
    sys.exit(main())
