#!/usr/bin/env python3
"""POST -> verdict latency at low load, one client, sequential submissions.

    latency.py --url http://127.0.0.1:PORT --tokens FILE --problem DIR --source FILE
               [--litecode BIN] [-n 50] [--warmup 2] [--poll-ms 5] [--judge-runs 5]

For each submission: the time from sending POST /submissions to reading the
final status, either by polling GET /submissions/:id every --poll-ms ("poll")
or from the SSE stream GET /submissions/:id/events ("sse"). Tokens rotate so
no user goes over the per-user submit rate limit. Also printed: the server's
own view (finishedAt - createdAt of each submission, ms resolution) and, as
the baseline, the wall time of `litecode judge PROBLEM_DIR SOURCE` (median of
--judge-runs), i.e. the same judging without the platform around it.

Machine-readable lines:
    RESULT <mode> <n> <p50 ms> <p99 ms> <min ms> <max ms> <server p50 ms> <not accepted>
    BASELINE judge <runs> <median ms> <min ms> <max ms>
Prints numbers only, asserts nothing.
"""
import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
from datetime import datetime

FINAL_PENDING = ("pending", "running")


def pct(values, p):
    """Nearest-rank percentile."""
    v = sorted(values)
    if not v:
        return float("nan")
    k = max(0, min(len(v) - 1, int(round(p / 100.0 * len(v) + 0.5)) - 1))
    return v[k]


def parse_ts(s):
    return datetime.strptime(s.replace("Z", "+00:00"), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()


class Client:
    def __init__(self, url, tokens):
        u = urllib.parse.urlsplit(url)
        self.host, self.port = u.hostname, u.port
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        self.tokens = tokens
        self.i = 0

    def token(self):
        t = self.tokens[self.i % len(self.tokens)]
        self.i += 1
        return t

    def call(self, method, path, token, body=None):
        headers = {"Authorization": "Bearer " + token}
        if body is not None:
            headers["Content-Type"] = "application/json"
        self.conn.request(method, path, body=body, headers=headers)
        r = self.conn.getresponse()
        data = r.read()
        return r.status, data

    def submit(self, token, body):
        st, data = self.call("POST", "/submissions", token, body)
        if st != 201:
            raise RuntimeError("POST /submissions: %d %s" % (st, data[:200]))
        return json.loads(data)["submissionId"]

    def one_poll(self, body, poll_s):
        tok = self.token()
        t0 = time.perf_counter()
        sid = self.submit(tok, body)
        while True:
            st, data = self.call("GET", "/submissions/" + sid, tok)
            if st != 200:
                raise RuntimeError("GET /submissions/%s: %d" % (sid, st))
            s = json.loads(data)
            if s.get("status") not in FINAL_PENDING and s.get("finishedAt"):
                return time.perf_counter() - t0, s
            time.sleep(poll_s)

    def one_sse(self, body):
        tok = self.token()
        t0 = time.perf_counter()
        sid = self.submit(tok, body)
        sse = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            sse.request("GET", "/submissions/%s/events?access_token=%s" % (sid, tok),
                        headers={"Accept": "text/event-stream"})
            r = sse.getresponse()
            if r.status != 200:
                raise RuntimeError("SSE %s: %d" % (sid, r.status))
            event, last = None, None
            while True:
                line = r.readline()
                if not line:
                    raise RuntimeError("SSE %s: stream ended before the verdict" % sid)
                line = line.rstrip(b"\r\n")
                if line.startswith(b"event:"):
                    event = line[6:].strip().decode()
                elif line.startswith(b"data:") and event == "status":
                    last = json.loads(line[5:].strip())
                    if last.get("status") not in FINAL_PENDING and last.get("finishedAt"):
                        return time.perf_counter() - t0, last
                elif line.startswith(b"data:") and event == "done":
                    # the verdict came with the done event (or the status event before it)
                    try:
                        d = json.loads(line[5:].strip())
                        if isinstance(d, dict) and d.get("status"):
                            last = d
                    except ValueError:
                        pass
                    return time.perf_counter() - t0, last or {}
        finally:
            sse.close()


def run_mode(cli, mode, body, n, warmup, poll_s):
    lat, server, bad = [], [], 0
    for i in range(warmup + n):
        if mode == "poll":
            dt, s = cli.one_poll(body, poll_s)
        else:
            dt, s = cli.one_sse(body)
        if i < warmup:
            continue
        lat.append(dt * 1e3)
        if s.get("result") != "Accepted":
            bad += 1
        try:
            server.append((parse_ts(s["finishedAt"]) - parse_ts(s["createdAt"])) * 1e3)
        except (KeyError, ValueError, TypeError):
            pass
    return lat, server, bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--tokens", required=True)
    ap.add_argument("--problem", required=True, help="the problem package directory")
    ap.add_argument("--source", required=True)
    ap.add_argument("--language", default="python")
    ap.add_argument("--litecode", help="binary for the `litecode judge` baseline")
    ap.add_argument("-n", type=int, default=50)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--poll-ms", type=float, default=5.0)
    ap.add_argument("--judge-runs", type=int, default=5)
    ap.add_argument("--modes", default="poll,sse")
    a = ap.parse_args()

    with open(a.tokens) as f:
        tokens = [t.strip() for t in f if t.strip()]
    with open(a.source) as f:
        code = f.read()
    slug = os.path.basename(os.path.normpath(a.problem))
    cli = Client(a.url, tokens)
    st, data = cli.call("GET", "/problems/" + slug, tokens[0])
    if st != 200:
        sys.exit("GET /problems/%s: %d" % (slug, st))
    body = json.dumps({"problemId": json.loads(data)["id"], "code": code, "language": a.language})

    if a.litecode:
        times = []
        for _ in range(a.judge_runs):
            t0 = time.perf_counter()
            p = subprocess.run([a.litecode, "judge", a.problem, a.source],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            times.append((time.perf_counter() - t0) * 1e3)
            try:
                res = json.loads(p.stdout).get("result")
            except ValueError:
                res = None
            if res != "Accepted":
                print("warning: litecode judge answered %r" % res, file=sys.stderr)
        print("BASELINE judge %d %.1f %.1f %.1f" % (len(times), statistics.median(times),
                                                     min(times), max(times)), flush=True)

    for mode in a.modes.split(","):
        lat, server, bad = run_mode(cli, mode, body, a.n, a.warmup, a.poll_ms / 1e3)
        sp50 = statistics.median(server) if server else float("nan")
        print("RESULT %s %d %.1f %.1f %.1f %.1f %.1f %d" % (
            mode, len(lat), pct(lat, 50), pct(lat, 99), min(lat), max(lat), sp50, bad),
            flush=True)


if __name__ == "__main__":
    main()
