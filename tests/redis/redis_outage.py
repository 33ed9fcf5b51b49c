#!/usr/bin/env python3
"""`litecode serve --cache redis://...` against a real Redis (run under
tests/redis/with_redis.sh), then the Redis outage:

1. the cache is really Redis: a problem read puts its `litecode:prob:*` key
   there, a failed login its `litecode:rl:login:*` counter (with a TTL), a
   request's session lookup its `litecode:sess:*` entry;
2. an admin write invalidates through Redis (DELETE then GET answers 404,
   restore then GET 200 again), and logout drops the cached session (the token
   is refused at once);
3. Redis killed with SIGKILL: reads, log in, an authenticated request and a
   submission all still work — served without the cache, never a hang or a
   crash (each request well under the client's timeout), and /readyz stays
   200 with its cache check "degraded";
4. Redis restarted on the same port: the cache fills again.

usage: with_redis.sh python3 tests/redis/redis_outage.py LITECODE_BINARY
"""
import os
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
from lc_harness import Server, TestFailure, check  # noqa: E402

PORT = os.environ["LC_TEST_REDIS_PORT"]
RDIR = os.environ["LC_TEST_REDIS_DIR"]
ADMIN, ADMIN_PW = "redis_admin", "admin-pw-for-redis"


def redis(*args):
    p = subprocess.run(["redis-cli", "-p", PORT] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=10)
    return p.stdout.decode().strip()


def keys(pattern):
    out = redis("--scan", "--pattern", pattern)
    return [k for k in out.splitlines() if k]


def timed(what, fn):
    t = time.time()
    r = fn()
    dt = time.time() - t
    check(dt < 5.0, "%s took %.1f s while Redis was down (a hang?)" % (what, dt))
    return r


def main():
    tmp = tempfile.mkdtemp(prefix="lc-redis-outage-")
    server = Server(sys.argv[1], os.path.join(tmp, "data"), log_path=os.path.join(tmp, "serve.log"))
    server.add_user(ADMIN, ADMIN_PW, admin=True)
    server.start()
    c = server.client
    failures = 0
    try:
        check(any("redis" in a for a in server.extra_args), "run me under tests/redis/with_redis.sh")
        admin, _ = c.login(ADMIN, ADMIN_PW)
        token, user = c.register("redis_user")
        # 1. the cache lives in Redis
        check(c.get("/problems/1").status == 200, "GET /problems/1")
        check(keys("litecode:prob:*"), "no litecode:prob:* key in Redis after a problem read")
        r = c.get("/readyz")
        check(r.status == 200 and r.json["checks"].get("cache") == "ok", "/readyz: %s" % r.short())
        r = c.post("/auth/login", {"username": "redis_user", "password": "wrong password"})
        check(r.status == 401, "a wrong password: %s" % r.short())
        rl = keys("litecode:rl:login:*")
        check(rl, "no rate-limit counter in Redis after a failed login")
        check(int(redis("pttl", rl[0])) > 0, "the rate-limit counter has no expiry")
        check(c.get("/auth/me", token=token).status == 200, "GET /auth/me")
        check(keys("litecode:sess:*"), "no cached session in Redis")
        # 2. invalidation through Redis
        check(c.delete("/problems/1", token=admin).status == 200, "DELETE /problems/1")
        check(c.get("/problems/1").status == 404, "a deleted problem still served (stale cache)")
        check(c.patch("/problems/1/restore", token=admin).status == 200, "PATCH restore")
        check(c.get("/problems/1").status == 200, "a restored problem not served")
        t2, _ = c.login("redis_user", "correct horse battery")
        check(c.get("/auth/me", token=t2).status == 200, "GET /auth/me with a second token")
        check(c.post("/auth/logout", token=t2).status == 200, "logout")
        check(c.get("/auth/me", token=t2).status == 401, "a logged-out token still accepted (stale session cache)")

        # 3. Redis dies
        with open(os.path.join(RDIR, "redis.pid")) as f:
            os.kill(int(f.read().strip()), signal.SIGKILL)
        time.sleep(0.3)
        check(redis("ping") != "PONG", "Redis still answers after SIGKILL")
        for path in ("/problems/1", "/problems?limit=5", "/problems/1"):
            r = timed("GET " + path, lambda: c.get(path))
            check(r.status == 200, "GET %s with Redis down: %s" % (path, r.short()))
        t3, _ = timed("log in", lambda: c.login("redis_user", "correct horse battery"))
        r = timed("GET /auth/me", lambda: c.get("/auth/me", token=t3))
        check(r.status == 200, "GET /auth/me with Redis down: %s" % r.short())
        code = "class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n" \
               "        for j, x in enumerate(nums):\n            if target - x in seen:\n" \
               "                return [seen[target - x], j]\n            seen[x] = j\n"
        r = timed("POST /submissions", lambda: c.post(
            "/submissions", {"problemId": "pair-with-target", "code": code, "language": "python"}, token=t3))
        if r.status == 400:  # problemId must be the integer id
            pid = c.get("/problems/pair-with-target").json["id"]
            r = timed("POST /submissions", lambda: c.post(
                "/submissions", {"problemId": pid, "code": code, "language": "python"}, token=t3))
        check(r.status == 201, "POST /submissions with Redis down: %s" % r.short())
        s = c.wait_final("/submissions/" + r.json["submissionId"], t3)
        check(s.get("result") == "Accepted", "the submission's verdict with Redis down: %s" % s)
        check(server.alive(), "the server died when Redis did")
        r = timed("GET /readyz", lambda: c.get("/readyz"))
        check(r.status == 200 and str(r.json["checks"].get("cache", "")).startswith("degraded"),
              "/readyz with Redis down: expected 200 with checks.cache degraded, got %s" % r.short())

        # 4. Redis is back
        subprocess.run(["redis-server", "--bind", "127.0.0.1", "--port", PORT, "--save", "",
                        "--appendonly", "no", "--daemonize", "yes", "--dir", RDIR,
                        "--pidfile", os.path.join(RDIR, "redis.pid"),
                        "--logfile", os.path.join(RDIR, "redis.log")], check=True)
        deadline = time.time() + 10
        while redis("ping") != "PONG" and time.time() < deadline:
            time.sleep(0.1)
        time.sleep(1.2)  # the cache retries a second after a failed connect
        for _ in range(3):
            c.get("/problems/2")
        check(keys("litecode:prob:*"), "the cache did not fill again after Redis came back")
        r = c.get("/readyz")
        check(r.status == 200 and r.json["checks"].get("cache") == "ok",
              "/readyz after Redis came back: %s" % r.short())
        check(server.alive(), "the server is not alive at the end")
        print("ok - redis outage: served without the cache, refilled after the restart")
    except TestFailure as e:
        failures += 1
        print("FAIL - %s" % e)
        print(server.log_tail())
    finally:
        server.stop()
    print("%d passed, %d failed" % (1 - failures, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
