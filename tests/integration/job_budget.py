#!/usr/bin/python3
"""A job over its budget ends as Internal Error with a log line, and the worker
goes on with the next job.

usage: job_budget.py LITECODE_BINARY

Starts `serve` with one worker (--workers 1) and LITECODE_JOB_BUDGET_MS=2500 (the operator's
cap on the budget each job gets from its package), submits a solution that
sleeps 4 s (within the problem's own 5 s wall limit, so only the budget can end
it), then an accepted one: the first is Internal Error and the log says
event=job_over_budget, the second is Accepted. Prints `N passed, N failed`."""

import os
import shutil
import sys
import tempfile
import uuid

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lc_harness import Runner, Server, check, quote, read_ref  # noqa: E402

PWT = "pair-with-target"
PY_OK = read_ref(PWT, "accepted", "solution.py")
PY_SLOW = ("import time\n"
           "class Solution:\n"
           "    def twoSum(self, nums, target):\n"
           "        time.sleep(4)\n"
           "        return []\n")

R = Runner()


def main():
    if len(sys.argv) != 2:
        print("usage: %s LITECODE_BINARY" % sys.argv[0], file=sys.stderr)
        return 2
    tmp = tempfile.mkdtemp(prefix="litecode-budget-")
    os.environ["LITECODE_JOB_BUDGET_MS"] = "2500"
    log = os.path.join(tmp, "serve.log")
    server = Server(sys.argv[1], os.path.join(tmp, "data"), log_path=log, extra_args=["--workers", "1"])

    def over_budget_then_next():
        c = server.client
        tok, _ = c.register("budget_%s" % uuid.uuid4().hex[:6])
        r = c.get("/problems/" + PWT)
        check(r.status == 200, "GET /problems/%s: %s" % (PWT, r.short()))
        pid = r.json["id"]
        # one worker: the second job waits for the first, on the same worker
        slow = c.submit(tok, pid, PY_SLOW, "python").json["submissionId"]
        ok = c.submit(tok, pid, PY_OK, "python").json["submissionId"]
        s1 = c.wait_final("/submissions/" + quote(slow), tok)
        check(s1["status"] == "internal_error", "the slow job: expected internal_error, got %s %s"
              % (s1["status"], s1["result"]))
        s2 = c.wait_final("/submissions/" + quote(ok), tok)
        check(s2["result"] == "Accepted", "the next job: expected Accepted, got %s" % s2["result"])
        with open(log, "rb") as f:
            text = f.read().decode("utf-8", "replace")
        check("event=job_over_budget" in text and slow in text,
              "no event=job_over_budget line for %s in the log" % slow)

    try:
        try:
            server.start()
        except Exception as e:
            print("FAIL setup: %s" % e)
            print("0 passed, 1 failed")
            return 1
        R.run_one("over_budget_then_next", over_budget_then_next)
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return R.summary()


if __name__ == "__main__":
    sys.exit(main())
