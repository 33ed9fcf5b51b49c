#!/usr/bin/env python3
"""Judged submissions per second through the distributed deployment: one
`litecode api` and W `litecode worker` processes on PostgreSQL, Redis and the
Kafka-protocol cluster (run under tests/postgres/with_postgres.sh,
tests/redis/with_redis.sh and tests/kafka/with_kafka.sh; bench/distributed/run.sh
does that).

    throughput.py LITECODE_BINARY [--workers 1,2] [-n 120] [--slots 1] [--latency 30]
                  [--lang python|cpp|java]

For each W: a fresh api + W workers (each --workers SLOTS sandbox slots), then
N submissions of the same accepted reference sent at once by several users;
the time from the first POST to the last verdict gives judged/s. Then, with
one submission at a time, POST -> verdict latency (polling every 5 ms) through
Kafka. Prints numbers and the ratio of W=2 to W=1; asserts nothing.

Machine-readable lines:
    THROUGHPUT <lang> <workers> <slots each> <n> <seconds> <judged/s> <not accepted>
    LATENCY <lang> <workers> <n> <p50 ms> <p99 ms>
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "integration"))
from lc_harness import REPO, Client, free_port, read_ref  # noqa: E402

PROBLEM = "pair-with-target"


def pct(values, p):
    v = sorted(values)
    k = max(0, min(len(v) - 1, int(round(p / 100.0 * len(v) + 0.5)) - 1))
    return v[k]


class Proc:
    def __init__(self, binary, tmp, name, args):
        self.data = os.path.join(tmp, name)
        os.makedirs(self.data, exist_ok=True)
        self.log = open(os.path.join(tmp, name + ".log"), "ab")
        self.p = subprocess.Popen([binary] + args + ["--data", self.data], cwd=REPO,
                                  stdout=self.log, stderr=subprocess.STDOUT,
                                  start_new_session=True)

    def stop(self):
        if self.p.poll() is None:
            self.p.send_signal(signal.SIGTERM)
            try:
                self.p.wait(60)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()
        self.log.close()


def wait_ready(c, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if c.get("/readyz", timeout=2).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("the api did not become ready")


SOURCES = {"python": "solution.py", "cpp": "solution.cpp", "java": "Solution.java"}


def run(binary, workers, slots, n, nlat, tmp, round_no, lang):
    cache = ["--cache", os.environ["LC_TEST_CACHE_URL"]]
    port = free_port()
    c = Client(port)
    api = Proc(binary, tmp, "api%d" % round_no, ["api", "--port", str(port),
                                                  "--submit-rate", "1000000"] + cache)
    ws = [Proc(binary, tmp, "w%d-%d" % (round_no, i), ["worker", "--workers", str(slots)] + cache)
          for i in range(workers)]
    try:
        wait_ready(c)
        pid = c.get("/problems/" + PROBLEM).json["id"]
        code = read_ref(PROBLEM, "accepted", SOURCES[lang])
        toks = [c.register("bench%d_%d" % (round_no, i), "bench-password-%d" % i)[0]
                for i in range(8)]
        # warm up: every worker's consumer joins the group (the first join takes ~3 s)
        warm = [c.submit(toks[i % len(toks)], pid, code, lang).json["id"]
                for i in range(2 * workers)]
        for i, sid in enumerate(warm):
            c.wait_final("/submissions/" + sid, toks[i % len(toks)], timeout=120)
        time.sleep(2)
        ids = [None] * n
        t0 = time.time()

        def post(k):
            cl = Client(port)
            for i in range(k, n, 8):
                ids[i] = cl.submit(toks[k], pid, code, lang).json["id"]
        th = [threading.Thread(target=post, args=(k,)) for k in range(8)]
        for t in th:
            t.start()
        for t in th:
            t.join()
        bad = 0
        for i, sid in enumerate(ids):
            j = c.wait_final("/submissions/" + sid, toks[i % 8], timeout=600)
            bad += j.get("result") != "Accepted"
        dt = time.time() - t0
        print("THROUGHPUT %s %d %d %d %.2f %.2f %d" % (lang, workers, slots, n, dt, n / dt, bad),
              flush=True)
        lat = []
        for i in range(nlat):
            t = time.time()
            sid = c.submit(toks[i % 8], pid, code, lang).json["id"]
            while True:
                j = c.get("/submissions/" + sid, token=toks[i % 8]).json
                if j.get("status") not in ("pending", "running"):
                    break
                time.sleep(0.005)
            lat.append((time.time() - t) * 1000)
        if lat:
            print("LATENCY %s %d %d %.1f %.1f" % (lang, workers, nlat, pct(lat, 50), pct(lat, 99)),
                  flush=True)
        return n / dt
    finally:
        for w in ws:
            w.stop()
        api.stop()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--slots", type=int, default=1)
    ap.add_argument("-n", type=int, default=120)
    ap.add_argument("--latency", type=int, default=30)
    ap.add_argument("--lang", choices=sorted(SOURCES), default="python")
    a = ap.parse_args()
    for v in ("LITECODE_STORE", "LITECODE_QUEUE", "LC_TEST_CACHE_URL"):
        if not os.environ.get(v):
            raise SystemExit("%s is not set: run bench/distributed/run.sh" % v)
    tmp = tempfile.mkdtemp(prefix="litecode-bench-dist-")
    rates = {}
    try:
        for r, w in enumerate(int(x) for x in a.workers.split(",")):
            rates[w] = run(os.path.abspath(a.binary), w, a.slots, a.n, a.latency, tmp, r, a.lang)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if 1 in rates and 2 in rates:
        print("ratio judged/s with 2 workers / 1 worker: %.2f" % (rates[2] / rates[1]))


if __name__ == "__main__":
    main()
