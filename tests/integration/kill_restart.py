#!/usr/bin/python3
"""kill -9 during judging, then restart on the same --data: every submission reaches
exactly one verdict (ARCHITECTURE.md: at-least-once delivery, idempotent consumers).

usage: kill_restart.py LITECODE_BINARY

1. start `serve`, register two users, submit 20 submissions (Python and C++,
   Accepted / Wrong Answer / Compilation Error),
2. kill -9 the server while they are being judged, restart it on the same --data
   and port, submit 5 more and kill -9 again a moment later, restart again,
3. every submission is final with its expected result, GET answers the same twice
   (and again later), the lists hold each submission once, and the counters (user
   stats, the problem's submissions/accepted) count each submission once.
Prints `N passed, N failed`."""

import os
import shutil
import sys
import tempfile
import time
import uuid

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lc_harness import (FINAL_STATUSES, RESULTS, Runner, Server, TestFailure, check,  # noqa: E402
                        quote, read_ref)

PWT = "pair-with-target"
PY_OK = read_ref(PWT, "accepted", "solution.py")
PY_WA = read_ref(PWT, "wrong_answer", "overwrite_index.py")
CPP_OK = read_ref(PWT, "accepted", "solution.cpp")
CPP_WA = read_ref(PWT, "wrong_answer", "sorted_positions.cpp")
PY_CE = "class Solution:\n    def twoSum(self, nums, target)\n        return []\n"

# (language, code, expected status, expected result); 20 in all
PLAN = ([("cpp", CPP_OK, "success", "Accepted")] * 5 + [("cpp", CPP_WA, "success", "Wrong Answer")] * 2 +
        [("python", PY_OK, "success", "Accepted")] * 7 + [("python", PY_WA, "success", "Wrong Answer")] * 4 +
        [("python", PY_CE, "compilation_error", "Compilation Error")] * 2)
PLAN2 = [("cpp", CPP_OK, "success", "Accepted")] * 3 + [("python", PY_OK, "success", "Accepted")] * 2

R = Runner()


class S:
    server = None
    users = []        # [(name, password, token, user)]
    subs = []         # [(sid, user index, expected status, expected result)]
    pid = None
    unfinished_at_kill = 0
    first = {}        # sid -> the first final view


def tokens_after_restart():
    out = []
    for name, pw, _, user in S.users:
        tok, _ = S.server.client.login(name, pw)
        out.append((name, pw, tok, user))
    S.users = out


def submit_plan(plan, tag):
    for i, (lang, code, st, res) in enumerate(plan):
        u = i % len(S.users)
        tok = S.users[u][2]
        r = S.server.client.submit(tok, S.pid, code + ("\n// %s %d\n" if lang == "cpp" else "\n# %s %d\n") % (tag, i),
                                   lang)
        S.subs.append((r.json["submissionId"], u, st, res))


def status_of(sid, u):
    r = S.server.client.get("/submissions/" + quote(sid), token=S.users[u][2])
    check(r.status == 200, "GET /submissions/%s: expected 200, got %s" % (sid, r.short()))
    return r.json


def t_submit_20():
    c = S.server.client
    for k in range(2):
        name = "kr%d_%s" % (k, uuid.uuid4().hex[:6])
        pw = "pw-" + uuid.uuid4().hex
        tok, user = c.register(name, password=pw)
        S.users.append((name, pw, tok, user))
    r = c.get("/problems/" + PWT)
    check(r.status == 200, "GET /problems/%s: %s" % (PWT, r.short()))
    S.pid = r.json["id"]
    submit_plan(PLAN, "a")
    check(len(S.subs) == 20, "submitted %d" % len(S.subs))


def leftovers(pgid):
    """Processes still in the killed server's process group (its sandboxes, if they outlive it)."""
    import subprocess
    out = subprocess.run(["ps", "-eo", "pid=,pgid=,args="], stdout=subprocess.PIPE, universal_newlines=True).stdout
    return [l.strip() for l in out.splitlines() if l.split() and l.split()[1] == str(pgid)]


def t_kill_during_judging():
    # wait until some verdicts are in and others are still pending or running, then kill -9
    deadline = time.time() + 60
    while time.time() < deadline:
        views = [status_of(sid, u)["status"] for sid, u, _, _ in S.subs]
        final = sum(1 for v in views if v in FINAL_STATUSES)
        running = sum(1 for v in views if v == "running")
        if final >= 1 and running >= 1:
            break
        time.sleep(0.05)
    else:
        raise TestFailure("never saw a verdict and a running submission at the same time within 60 s")
    pgid = S.server.proc.pid
    S.server.kill9()
    S.unfinished_at_kill = len(views) - final
    print("  killed with %d final, %d running, %d pending" % (final, running, len(views) - final - running))
    time.sleep(3)
    left = leftovers(pgid)
    if left:
        print("  NOTE: %d processes of the killed server still alive 3 s after kill -9: %s" % (len(left), left[:4]))


def t_restart_and_kill_again():
    S.server.start()
    tokens_after_restart()
    r = S.server.client.get("/problems/" + PWT)
    check(r.status == 200 and r.json["id"] == S.pid, "after restart, %s has id %r (was %r)"
          % (PWT, r.json and r.json.get("id"), S.pid))
    unfinished = 0
    for sid, u, _, _ in S.subs:
        if status_of(sid, u)["status"] in ("pending", "running"):
            unfinished += 1
    print("  %d of 20 unfinished right after the first restart" % unfinished)
    check(unfinished > 0, "every submission was already final after the restart: the kill came too late to test "
          "anything (make the plan slower)")
    check(unfinished <= S.unfinished_at_kill, "%d unfinished after the restart, but only %d were unfinished at the "
          "kill: a verdict was lost" % (unfinished, S.unfinished_at_kill))
    submit_plan(PLAN2, "b")
    time.sleep(1.0)
    S.server.kill9()
    S.server.start()
    tokens_after_restart()


def t_every_submission_one_verdict():
    deadline = time.time() + 180
    pending = list(S.subs)
    while pending and time.time() < deadline:
        nxt = []
        for sid, u, st, res in pending:
            j = status_of(sid, u)
            if j["status"] in ("pending", "running"):
                nxt.append((sid, u, st, res))
            else:
                S.first[sid] = j
        pending = nxt
        if pending:
            time.sleep(0.5)
    check(not pending, "%d of %d submissions without a verdict 180 s after the restart: %s"
          % (len(pending), len(S.subs), [p[0] for p in pending[:5]]))
    wrong = []
    for sid, u, st, res in S.subs:
        j = S.first[sid]
        if j["status"] not in FINAL_STATUSES or j.get("result") not in RESULTS:
            wrong.append("%s: status %r result %r" % (sid, j["status"], j.get("result")))
        elif (j["status"], j["result"]) != (st, res):
            wrong.append("%s: expected %s/%s, got %s/%s" % (sid, st, res, j["status"], j["result"]))
        elif not j.get("finishedAt"):
            wrong.append("%s: no finishedAt" % sid)
    check(not wrong, "%d wrong verdicts after kill -9 and restart: %s" % (len(wrong), wrong[:6]))


FIELDS = ("status", "result", "runtime", "memory", "passed", "total", "finishedAt", "failingTest", "compileOutput")


def t_verdicts_stable():
    def view(sid, u):
        j = status_of(sid, u)
        return {k: j.get(k) for k in FIELDS}
    diffs = []
    for sid, u, _, _ in S.subs:
        a, b = view(sid, u), view(sid, u)
        first = {k: S.first[sid].get(k) for k in FIELDS}
        if a != b or a != first:
            diffs.append("%s: %r / %r / %r" % (sid, first, a, b))
    time.sleep(5)   # a second judging of a re-queued submission would land by now
    for sid, u, _, _ in S.subs:
        first = {k: S.first[sid].get(k) for k in FIELDS}
        c = view(sid, u)
        if c != first:
            diffs.append("%s changed later: %r -> %r" % (sid, first, c))
    check(not diffs, "verdicts not stable: %s" % diffs[:4])


def t_lists_hold_each_once():
    c = S.server.client
    for k, (name, _, tok, user) in enumerate(S.users):
        mine = [sid for sid, u, _, _ in S.subs if u == k]
        j = c.get("/users/%d/submissions?limit=100" % user["id"], token=tok)
        check(j.status == 200, "GET /users/%d/submissions: %s" % (user["id"], j.short()))
        ids = [s["id"] for s in j.json["submissions"]]
        check(j.json["total"] == len(mine) and sorted(ids) == sorted(mine),
              "user %s: listed %d (total %r), expected exactly its %d submissions once each"
              % (name, len(ids), j.json["total"], len(mine)))
        j = c.get("/problems/%s/submissions?limit=100" % PWT, token=tok)
        check(j.status == 200 and j.json["total"] == len(mine),
              "GET /problems/%s/submissions for %s: total %r, expected %d" % (PWT, name, j.json.get("total"), len(mine)))


def t_counters_once():
    c = S.server.client
    for k, (name, _, tok, user) in enumerate(S.users):
        mine = [(st, res) for _, u, st, res in S.subs if u == k]
        j = c.get("/users/%d/stats" % user["id"]).json
        acc = sum(1 for _, res in mine if res == "Accepted")
        check(j["submissions"] == len(mine) and j["accepted"] == acc,
              "GET /users/%d/stats: submissions/accepted %r/%r, expected %d/%d"
              % (user["id"], j["submissions"], j["accepted"], len(mine), acc))
    p = c.get("/problems/" + PWT).json
    acc = sum(1 for _, _, _, res in S.subs if res == "Accepted")
    check(p["submissions"] == len(S.subs) and p["accepted"] == acc,
          "GET /problems/%s: submissions/accepted %r/%r, expected %d/%d (a result applied twice counts twice?)"
          % (PWT, p["submissions"], p["accepted"], len(S.subs), acc))


def main():
    if len(sys.argv) != 2:
        print("usage: %s LITECODE_BINARY" % sys.argv[0], file=sys.stderr)
        return 2
    tmp = tempfile.mkdtemp(prefix="litecode-kr-")
    S.server = Server(sys.argv[1], os.path.join(tmp, "data"), log_path=os.path.join(tmp, "serve.log"))
    steps = [("submit_20", t_submit_20), ("kill_9_during_judging", t_kill_during_judging),
             ("restart_submit_kill_9_again", t_restart_and_kill_again),
             ("every_submission_one_verdict", t_every_submission_one_verdict),
             ("verdicts_stable", t_verdicts_stable), ("lists_hold_each_once", t_lists_hold_each_once),
             ("counters_count_once", t_counters_once)]
    try:
        try:
            S.server.start()
        except Exception as e:
            print("FAIL setup: %s" % e)
            print("0 passed, 1 failed")
            return 1
        for name, fn in steps:
            if not R.run_one(name, fn):
                if not S.server.alive():
                    try:
                        S.server.start()
                        tokens_after_restart()
                    except Exception as e:
                        print("FAIL restart: %s" % e)
                        R.failed += 1
                        break
    finally:
        if S.server.alive():
            S.server.stop()
        if R.failed:
            print("server log: %s" % S.server.log_path)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return R.summary()


if __name__ == "__main__":
    sys.exit(main())
