#!/usr/bin/python3
"""Integration tests of the LiteCode HTTP API (docs/api.md) against the real binary.

usage: run_api_tests.py LITECODE_BINARY [TEST_NAME_SUBSTRING...]

Starts `LITECODE_BINARY serve` with a fresh temporary --data directory on a random
free port, waits for /healthz, creates an admin with `user add --admin`, runs every
test (or those whose name contains one of the given substrings), stops the server
and prints `N passed, N failed` (exit status 1 when a test failed).

Standard library only."""

import http.client
import json
import os
import re
import shutil
import socket
import sys
import tempfile
import threading
import time
import uuid

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lc_harness import (REPO, FINAL_STATUSES, RESULTS, Client, Runner, Server,  # noqa: E402
                        TestFailure, check, quote, read_ref)

R = Runner()
test = R.test

ADMIN_NAME = "it_admin"
ADMIN_PASSWORD = "admin-" + uuid.uuid4().hex
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]00:00)$")
PWT = "pair-with-target"
PY_OK = read_ref(PWT, "accepted", "solution.py")
PY_WA = read_ref(PWT, "wrong_answer", "overwrite_index.py")
CPP_OK = read_ref(PWT, "accepted", "solution.cpp")
PY_CE = "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]\n        return []\n"


class Ctx:
    c = None          # Client
    server = None
    admin = None      # token
    admin_user = None
    pwt_id = None     # id of pair-with-target
    counter = 0
    lock = threading.Lock()


def uname(prefix="u"):
    with Ctx.lock:
        Ctx.counter += 1
        return "%s%d_%s" % (prefix, Ctx.counter, uuid.uuid4().hex[:6])


def new_user(prefix="u"):
    """A fresh registered user: (token, user dict)."""
    return Ctx.c.register(uname(prefix))


def is_error(r, status, field=None, what=""):
    """r is the error `status` with a JSON body {"error": "..."} naming `field` when given."""
    check(r.status == status, "%s: expected %d, got %s" % (what, status, r.short()))
    j = r.json
    check(isinstance(j, dict) and isinstance(j.get("error"), str) and j["error"],
          "%s: expected a JSON body {\"error\": \"...\"}, got %s" % (what, r.short()))
    ct = r.header("Content-Type") or ""
    check("application/json" in ct, "%s: error Content-Type should be application/json, got %r" % (what, ct))
    if field:
        check(field.lower() in j["error"].lower(),
              "%s: the error message should name the field %r, got %r" % (what, field, j["error"]))


class Soft:
    """Collects failures of several independent checks: `with soft: check(...)`, then soft.done()."""
    def __init__(self):
        self.errs = []

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is TestFailure:
            self.errs.append(str(v))
            return True
        return False

    def done(self):
        if self.errs:
            raise TestFailure("%d check(s) failed: %s" % (len(self.errs), " | ".join(self.errs)))


def no_5xx(r, what):
    check(r.status < 500, "%s: server error %s" % (what, r.short()))


def rfc3339(v, what):
    check(isinstance(v, str) and RFC3339.match(v), "%s: expected an RFC 3339 UTC time, got %r" % (what, v))


def ok_json(r, what, status=200):
    check(r.status == status, "%s: expected %d, got %s" % (what, status, r.short()))
    check(r.json is not None, "%s: expected a JSON body, got %s" % (what, r.short()))
    return r.json


def keys(obj, names, what):
    check(isinstance(obj, dict), "%s: expected an object, got %r" % (what, obj))
    missing = [n for n in names if n not in obj]
    check(not missing, "%s: missing fields %s in %s" % (what, missing, json.dumps(obj)[:400]))


def sub_path(sid):
    return "/submissions/" + quote(sid)


def submit_and_wait(token, code, language="python", problem=None, expect_status=None, expect_result=None):
    r = Ctx.c.submit(token, problem if problem is not None else Ctx.pwt_id, code, language)
    sid = r.json["submissionId"]
    s = Ctx.c.wait_final(sub_path(sid), token)
    if expect_status:
        check(s.get("status") == expect_status,
              "submission %s (%s): expected status %r, got %r (result %r, compileOutput %r)"
              % (sid, language, expect_status, s.get("status"), s.get("result"),
                 str(s.get("compileOutput"))[:300]))
    if expect_result:
        check(s.get("result") == expect_result,
              "submission %s (%s): expected result %r, got %r" % (sid, language, expect_result, s.get("result")))
    return sid, s


def read_sse(path, timeout=60.0):
    """GET an SSE route; returns (status, content_type, [(event, data)]) read until `event: done` or EOF."""
    conn = http.client.HTTPConnection("127.0.0.1", Ctx.server.port, timeout=10)
    events = []
    try:
        conn.request("GET", path, headers={"Accept": "text/event-stream"})
        r = conn.getresponse()
        ct = r.getheader("Content-Type") or ""
        if r.status != 200:
            body = r.read()
            return r.status, ct, body
        deadline = time.time() + timeout
        ev, data = None, []
        while time.time() < deadline:
            line = r.readline()
            if not line:
                break
            line = line.decode("utf-8").rstrip("\r\n")
            if line == "":
                if ev is not None or data:
                    events.append((ev or "message", "\n".join(data)))
                    if ev == "done":
                        break
                ev, data = None, []
            elif line.startswith(":"):
                continue
            elif line.startswith("event:"):
                ev = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip(" ") if line.startswith("data: ") else line[5:])
        else:
            raise TestFailure("GET %s: no `event: done` within %.0f s (events so far: %s)"
                              % (path, timeout, [e for e, _ in events]))
        return 200, ct, events
    finally:
        conn.close()


# =============================================================================
# health, CORS, routing
# =============================================================================

@test
def ping_and_healthz():
    j = ok_json(Ctx.c.get("/ping"), "GET /ping")
    check(j == {"message": "pong"}, "GET /ping: expected {\"message\": \"pong\"}, got %r" % j)
    j = ok_json(Ctx.c.get("/healthz"), "GET /healthz")
    check(j.get("status") == "ok", "GET /healthz: expected status ok, got %r" % j)


@test
def readyz():
    r = Ctx.c.get("/readyz")
    j = ok_json(r, "GET /readyz")
    check(j.get("status") == "ready", "GET /readyz: expected status ready, got %r" % j)
    check("checks" in j, "GET /readyz: expected a checks field, got %r" % j)


@test
def cors_preflight():
    r = Ctx.c.request("OPTIONS", "/submissions", headers={
        "Origin": "http://app.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    check(r.status == 204, "OPTIONS /submissions: expected 204, got %s" % r.short())
    check(r.header("Access-Control-Allow-Origin") == "*",
          "OPTIONS /submissions: expected Access-Control-Allow-Origin: *, got %r" % r.header("Access-Control-Allow-Origin"))
    allow_h = (r.header("Access-Control-Allow-Headers") or "").lower()
    check("authorization" in allow_h,
          "OPTIONS /submissions: Access-Control-Allow-Headers must list Authorization (a `*` does not cover it), got %r"
          % allow_h)
    allow_m = (r.header("Access-Control-Allow-Methods") or "").upper()
    check("POST" in allow_m or "*" in allow_m,
          "OPTIONS /submissions: Access-Control-Allow-Methods should include POST, got %r" % allow_m)
    r = Ctx.c.request("OPTIONS", "/problems/1", headers={"Origin": "http://app.example",
                                                         "Access-Control-Request-Method": "DELETE"})
    check(r.status == 204, "OPTIONS /problems/1: expected 204, got %s" % r.short())
    r = Ctx.c.get("/ping", headers={"Origin": "http://app.example"})
    check(r.header("Access-Control-Allow-Origin") == "*",
          "GET /ping with Origin: expected Access-Control-Allow-Origin: *, got %r" % r.header("Access-Control-Allow-Origin"))
    r = Ctx.c.get("/problems/no-such-problem-x", headers={"Origin": "http://app.example"})
    check(r.header("Access-Control-Allow-Origin") == "*",
          "GET 404 with Origin: errors need Access-Control-Allow-Origin too, got %r" % r.header("Access-Control-Allow-Origin"))


@test
def unknown_route_404():
    for p in ("/nope", "/problems/1/nope", "/auth", "/api/problems"):
        r = Ctx.c.get(p)
        is_error(r, 404, what="GET " + p)


@test
def wrong_method_405():
    for m, p in (("DELETE", "/ping"), ("PUT", "/auth/login"), ("GET", "/auth/login"), ("POST", "/languages"),
                 ("PATCH", "/tags"), ("PUT", "/submissions"), ("POST", "/healthz"), ("DELETE", "/users/1")):
        r = Ctx.c.request(m, p)
        is_error(r, 405, what="%s %s" % (m, p))


# =============================================================================
# auth
# =============================================================================

@test
def register_201():
    name = uname("reg")
    r = Ctx.c.post("/auth/register", {"username": name, "email": name + "@example.com",
                                      "password": "password123"})
    j = ok_json(r, "POST /auth/register", 201)
    keys(j, ["user", "token", "expiresAt"], "POST /auth/register")
    keys(j["user"], ["id", "username"], "POST /auth/register user")
    check(isinstance(j["user"]["id"], int), "register: user.id should be an integer, got %r" % j["user"]["id"])
    check(j["user"]["username"] == name, "register: username %r != %r" % (j["user"]["username"], name))
    rfc3339(j["expiresAt"], "register expiresAt")
    low = r.body.decode().lower()
    check("password" not in low and "argon" not in low and "hash" not in low,
          "register: the answer must not contain the password or its hash: %s" % r.short(500))
    check(j["user"].get("isAdmin") in (False, None), "register: a new user must not be an admin: %r" % j["user"])


@test
def register_duplicate_409():
    name = uname("dup")
    Ctx.c.register(name)
    r = Ctx.c.post("/auth/register", {"username": name, "email": "other_" + name + "@example.com",
                                      "password": "password123"})
    is_error(r, 409, what="POST /auth/register duplicate username")
    r = Ctx.c.post("/auth/register", {"username": name.upper() + "x", "email": name + "@example.com",
                                      "password": "password123"})
    is_error(r, 409, what="POST /auth/register duplicate email")


@test
def register_validation_400():
    soft = Soft()

    def reg(body, field, what):
        with soft:
            is_error(Ctx.c.post("/auth/register", body), 400, field, "POST /auth/register " + what)
    n = uname("val")
    good = {"username": n, "email": n + "@example.com", "password": "password123"}
    reg(dict(good, username="ab"), "username", "2-char username")
    reg(dict(good, username="a" * 33), "username", "33-char username")
    reg(dict(good, username="bad name"), "username", "username with a space")
    reg(dict(good, username="bad/name"), "username", "username with a slash")
    reg(dict(good, password="1234567"), "password", "7-byte password")
    reg(dict(good, password="x" * 257), "password", "257-byte password")
    for f in ("username", "email", "password"):
        b = dict(good)
        del b[f]
        reg(b, f, "missing " + f)
    reg(dict(good, username=12345), "username", "username as a number")
    reg(dict(good, password=12345678), "password", "password as a number")
    reg(dict(good, email=None), "email", "email null")
    reg(dict(good, email="not-an-email"), "email", "email without @")
    # boundaries that must be accepted
    r = Ctx.c.post("/auth/register", {"username": "a.b" + uuid.uuid4().hex[:29], "email": uname() + "@example.com",
                                      "password": "12345678"})
    with soft:
        check(r.status == 201, "POST /auth/register with a 32-char username and 8-byte password: expected 201, "
              "got %s" % r.short())
    soft.done()


@test
def login_username_email_and_login_field():
    name = uname("log")
    pw = "pw-" + uuid.uuid4().hex
    _, user = Ctx.c.register(name, password=pw)
    for field, value in (("username", name), ("email", name + "@example.com"), ("login", name),
                         ("login", name + "@example.com")):
        r = Ctx.c.post("/auth/login", {field: value, "password": pw})
        j = ok_json(r, "POST /auth/login by %s" % field)
        keys(j, ["token", "expiresAt", "user"], "POST /auth/login")
        rfc3339(j["expiresAt"], "login expiresAt")
        check(j["user"].get("id") == user["id"], "login: user id %r != %r" % (j["user"].get("id"), user["id"]))
        me = ok_json(Ctx.c.get("/auth/me", token=j["token"]), "GET /auth/me after login by " + field)
        check(me.get("username") == name, "GET /auth/me: %r" % me)


@test
def login_wrong_password_401():
    name = uname("wp")
    Ctx.c.register(name, password="right-password")
    is_error(Ctx.c.post("/auth/login", {"username": name, "password": "wrong-password"}), 401,
             what="POST /auth/login wrong password")
    is_error(Ctx.c.post("/auth/login", {"username": "nobody_" + uuid.uuid4().hex[:8], "password": "whatever1"}),
             401, what="POST /auth/login unknown user")
    is_error(Ctx.c.post("/auth/login", {"username": name}), 400, "password", "POST /auth/login without password")


@test
def auth_me():
    name = uname("me")
    tok, user = Ctx.c.register(name)
    j = ok_json(Ctx.c.get("/auth/me", token=tok), "GET /auth/me")
    keys(j, ["id", "username", "email", "isAdmin", "createdAt"], "GET /auth/me")
    check(j["id"] == user["id"] and j["username"] == name and j["email"] == name + "@example.com"
          and j["isAdmin"] is False, "GET /auth/me: wrong values %r" % j)
    rfc3339(j["createdAt"], "GET /auth/me createdAt")
    is_error(Ctx.c.get("/auth/me"), 401, what="GET /auth/me without a token")
    is_error(Ctx.c.get("/auth/me", token="not-a-token"), 401, what="GET /auth/me with a bad token")
    is_error(Ctx.c.get("/auth/me", headers={"Authorization": "Basic " + tok}), 401,
             what="GET /auth/me with a Basic scheme")
    is_error(Ctx.c.get("/auth/me", headers={"Authorization": "Bearer"}), 401, what="GET /auth/me with 'Bearer' only")
    is_error(Ctx.c.get("/auth/me", token=tok[:-1] + ("A" if tok[-1] != "A" else "B")), 401,
             what="GET /auth/me with a modified token")
    j = ok_json(Ctx.c.get("/auth/me", token=Ctx.admin), "GET /auth/me (admin)")
    check(j.get("isAdmin") is True, "GET /auth/me (admin): isAdmin should be true, got %r" % j)


@test
def logout_revokes():
    tok, _ = new_user("lo")
    j = ok_json(Ctx.c.post("/auth/logout", token=tok), "POST /auth/logout")
    check(j.get("ok") is True, "POST /auth/logout: expected {\"ok\": true}, got %r" % j)
    is_error(Ctx.c.get("/auth/me", token=tok), 401, what="GET /auth/me after logout")
    is_error(Ctx.c.post("/auth/logout", token=tok), 401, what="POST /auth/logout with a revoked token")
    is_error(Ctx.c.post("/auth/logout"), 401, what="POST /auth/logout without a token")


@test
def refresh_revokes_old():
    tok, _ = new_user("rf")
    j = ok_json(Ctx.c.post("/auth/refresh", token=tok), "POST /auth/refresh")
    keys(j, ["token", "expiresAt"], "POST /auth/refresh")
    rfc3339(j["expiresAt"], "refresh expiresAt")
    check(j["token"] != tok, "POST /auth/refresh: the new token equals the old one")
    is_error(Ctx.c.get("/auth/me", token=tok), 401, what="GET /auth/me with the token replaced by refresh")
    is_error(Ctx.c.post("/auth/refresh", token=tok), 401, what="POST /auth/refresh with a revoked token")
    ok_json(Ctx.c.get("/auth/me", token=j["token"]), "GET /auth/me with the refreshed token")
    is_error(Ctx.c.post("/auth/refresh"), 401, what="POST /auth/refresh without a token")


# =============================================================================
# problems
# =============================================================================

def bundled_slugs():
    d = os.path.join(REPO, "problems")
    return sorted(s for s in os.listdir(d) if os.path.exists(os.path.join(d, s, "problem.yaml")))


@test
def problems_bundled_import():
    j = ok_json(Ctx.c.get("/problems?limit=100"), "GET /problems?limit=100")
    slugs = {p["slug"] for p in j["problems"]}
    missing = [s for s in bundled_slugs() if s not in slugs]
    check(not missing, "GET /problems: bundled problems not imported: %s" % missing)


@test
def problems_list_shape():
    r = Ctx.c.get("/problems")
    j = ok_json(r, "GET /problems")
    keys(j, ["problems", "total", "page", "limit"], "GET /problems")
    check(j["page"] == 1 and j["limit"] == 20, "GET /problems: default page/limit should be 1/20, got %r/%r"
          % (j["page"], j["limit"]))
    check(len(j["problems"]) == min(20, j["total"]), "GET /problems: %d items for total %d and limit 20"
          % (len(j["problems"]), j["total"]))
    for p in j["problems"]:
        keys(p, ["id", "slug", "title", "difficulty", "tags", "acceptanceRate", "submissions", "accepted",
                 "functionProblem"], "GET /problems item")
        check(isinstance(p["id"], int), "problem id should be an integer: %r" % p["id"])
        check(p["difficulty"] in ("easy", "medium", "hard"), "difficulty %r" % p["difficulty"])
        check(isinstance(p["tags"], list), "tags should be a list: %r" % p["tags"])
        check(0 <= p["acceptanceRate"] <= 100, "acceptanceRate out of 0..100: %r" % p["acceptanceRate"])
        check("status" not in p, "GET /problems without a token should not carry status: %r" % p)
    pw = [p for p in ok_json(Ctx.c.get("/problems?limit=100"), "GET /problems")["problems"] if p["slug"] == PWT]
    check(pw and pw[0]["functionProblem"] is True, "pair-with-target should be a function problem: %r" % pw)


@test
def problems_pagination():
    total = ok_json(Ctx.c.get("/problems?limit=1"), "GET /problems?limit=1")["total"]
    seen = []
    page = 1
    while True:
        j = ok_json(Ctx.c.get("/problems?page=%d&limit=7" % page), "GET /problems?page=%d&limit=7" % page)
        check(j["page"] == page and j["limit"] == 7, "GET /problems page/limit echoed wrong: %r/%r"
              % (j["page"], j["limit"]))
        check(j["total"] == total, "GET /problems: total changed between pages: %r != %r" % (j["total"], total))
        if not j["problems"]:
            break
        check(len(j["problems"]) <= 7, "GET /problems?limit=7 returned %d items" % len(j["problems"]))
        seen += [p["id"] for p in j["problems"]]
        page += 1
        check(page < 100, "runaway pagination")
    check(len(seen) == total and len(set(seen)) == total,
          "GET /problems pages: %d items (%d distinct) for total %d" % (len(seen), len(set(seen)), total))
    j = ok_json(Ctx.c.get("/problems?limit=100"), "GET /problems?limit=100")
    check(len(j["problems"]) == min(100, total), "limit=100: %d items" % len(j["problems"]))
    j = ok_json(Ctx.c.get("/problems?page=1000&limit=10"), "GET /problems?page=1000")
    check(j["problems"] == [] and j["total"] == total, "page past the end: expected [] and total, got %r" % j)
    for q in ("limit=0", "limit=101", "limit=-1", "limit=abc", "page=0", "page=-1", "page=abc", "limit=",
              "page=1.5", "limit=10x"):
        is_error(Ctx.c.get("/problems?" + q), 400, what="GET /problems?" + q)
    r = Ctx.c.get("/problems?page=99999999999999999999999&limit=5")
    no_5xx(r, "GET /problems?page=<huge>")
    check(r.status in (200, 400), "GET /problems?page=<huge>: expected 400 (or an empty page), got %s" % r.short())


@test
def problems_filters():
    allp = ok_json(Ctx.c.get("/problems?limit=100"), "GET /problems")["problems"]
    for d in ("easy", "medium", "hard"):
        j = ok_json(Ctx.c.get("/problems?limit=100&difficulty=" + d), "GET /problems?difficulty=" + d)
        check(all(p["difficulty"] == d for p in j["problems"]), "difficulty=%s returned others" % d)
        exp = len([p for p in allp if p["difficulty"] == d])
        check(j["total"] == exp, "difficulty=%s: total %d, expected %d" % (d, j["total"], exp))
    j = ok_json(Ctx.c.get("/problems?limit=100&tag=hashing"), "GET /problems?tag=hashing")
    check(all("hashing" in p["tags"] for p in j["problems"]) and any(p["slug"] == PWT for p in j["problems"]),
          "tag=hashing: %r" % [(p["slug"], p["tags"]) for p in j["problems"]])
    j = ok_json(Ctx.c.get("/problems?limit=100&search=" + quote("Pair With")), "GET /problems?search=Pair With")
    check(any(p["slug"] == PWT for p in j["problems"]), "search=Pair With: pair-with-target missing: %r"
          % [p["slug"] for p in j["problems"]])
    check(j["total"] < len(allp), "search=Pair With matched every problem")
    j = ok_json(Ctx.c.get("/problems?search=zzqqxxnothing"), "GET /problems?search=zzqqxxnothing")
    check(j["total"] == 0 and j["problems"] == [], "search for nothing: %r" % j)


@test
def problem_detail():
    j = ok_json(Ctx.c.get("/problems/" + PWT), "GET /problems/pair-with-target")
    keys(j, ["id", "slug", "title", "difficulty", "tags", "acceptanceRate", "statement", "examples",
             "starterCode", "limits", "function"], "GET /problems/:slug")
    check(j["slug"] == PWT and j["title"] == "Pair With Target" and j["difficulty"] == "easy",
          "GET /problems/pair-with-target: %r" % {k: j[k] for k in ("slug", "title", "difficulty")})
    check(isinstance(j["statement"], str) and len(j["statement"]) > 20, "statement: %r" % j["statement"])
    check(isinstance(j["examples"], list) and len(j["examples"]) == 3,
          "examples: expected the 3 samples, got %r" % j["examples"])
    sc = j["starterCode"]
    check(isinstance(sc, dict), "starterCode should be an object by language: %r" % sc)
    for lang in ("c", "cpp", "python", "javascript", "java", "typescript", "golang"):
        check(lang in sc and "twoSum" in sc[lang], "starterCode[%s]: %r" % (lang, sc.get(lang)))
    check("function twoSum(nums: number[], target: number): number[] {" in sc["typescript"],
          "TypeScript starter as LeetCode writes it: %r" % sc["typescript"])
    check("func twoSum(nums []int, target int) []int {" in sc["golang"],
          "Go starter as LeetCode writes it: %r" % sc["golang"])
    check("impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {" in
          sc.get("rust", ""), "Rust starter as LeetCode writes it: %r" % sc.get("rust"))
    check("def two_sum(nums, target)\n" in sc.get("ruby", ""),
          "Ruby starter as LeetCode writes it: %r" % sc.get("ruby"))
    check(sc.get("pypy3") == sc.get("python"), "PyPy's starter is Python's: %r" % sc.get("pypy3"))
    check("    function twoSum($nums, $target) {" in sc.get("php", ""),
          "PHP starter as LeetCode writes it: %r" % sc.get("php"))
    check("public class Solution {\n    public int[] TwoSum(int[] nums, int target) {" in
          sc.get("csharp", ""), "C# starter as LeetCode writes it: %r" % sc.get("csharp"))
    check("(define/contract (two-sum nums target)\n  (-> (listof exact-integer?) exact-integer? "
          "(listof exact-integer?))\n" in sc.get("racket", ""),
          "Racket starter as LeetCode writes it: %r" % sc.get("racket"))
    check("class Solution {\n    fun twoSum(nums: IntArray, target: Int): IntArray {" in
          sc.get("kotlin", ""), "Kotlin starter as LeetCode writes it: %r" % sc.get("kotlin"))
    check("object Solution {\n    def twoSum(nums: Array[Int], target: Int): Array[Int] = {" in
          sc.get("scala", ""), "Scala starter as LeetCode writes it: %r" % sc.get("scala"))
    check("-spec two_sum(Nums :: [integer()], Target :: integer()) -> [integer()].\n"
          "two_sum(Nums, Target) ->\n" in sc.get("erlang", ""),
          "Erlang starter as LeetCode writes it: %r" % sc.get("erlang"))
    check("defmodule Solution do\n  @spec two_sum(nums :: [integer], target :: integer) :: [integer]\n"
          "  def two_sum(nums, target) do\n" in sc.get("elixir", ""),
          "Elixir starter as LeetCode writes it: %r" % sc.get("elixir"))
    check(isinstance(j["limits"], dict), "limits: %r" % j["limits"])
    check(isinstance(j["function"], dict) and j["function"].get("name") == "twoSum",
          "function: %r" % j["function"])
    Ctx.pwt_id = j["id"]
    j2 = ok_json(Ctx.c.get("/problems/%d" % j["id"]), "GET /problems/:id")
    check(j2["slug"] == PWT and j2["id"] == j["id"], "GET by id and by slug differ")


@test
def problem_404():
    for p in ("/problems/no-such-problem", "/problems/999999", "/problems/0", "/problems/-1"):
        is_error(Ctx.c.get(p), 404, what="GET " + p)


# =============================================================================
# admin: problems and tags
# =============================================================================

def problem_body(slug, title="Integration Sum"):
    return {"title": title, "slug": slug, "difficulty": "easy", "tags": ["it-math"],
            "statement": "Read two integers and print their sum.",
            "limits": {"time": 2, "memory": 256},
            "tests": [{"input": "1 2\n", "expected": "3\n", "isSample": True},
                      {"input": "5 7\n", "expected": "12\n", "isSample": False},
                      {"input": "-4 4\n", "expected": "0\n", "isSample": False}]}


@test
def admin_checks_403():
    tok, _ = new_user("na")
    slug = "it-forbidden-" + uuid.uuid4().hex[:6]
    pid = Ctx.pwt_id
    cases = [("POST", "/problems", problem_body(slug)), ("PUT", "/problems/%d" % pid, problem_body(PWT)),
             ("DELETE", "/problems/%d" % pid, None), ("PATCH", "/problems/%d/restore" % pid, None),
             ("POST", "/tags", {"name": "it-forbidden"}), ("DELETE", "/tags/1", None)]
    for m, p, b in cases:
        is_error(Ctx.c.request(m, p, body=b, token=tok), 403, what="%s %s as a normal user" % (m, p))
        is_error(Ctx.c.request(m, p, body=b), 401, what="%s %s without a token" % (m, p))
    ok_json(Ctx.c.get("/problems/" + PWT), "pair-with-target still there after the refused DELETE")
    is_error(Ctx.c.get("/problems/" + slug), 404, what="the refused POST /problems must not create it")


@test
def admin_problem_crud():
    slug = "it-sum-" + uuid.uuid4().hex[:6]
    r = Ctx.c.post("/problems", problem_body(slug), token=Ctx.admin)
    j = ok_json(r, "POST /problems (admin)", 201)
    keys(j, ["id", "slug", "title", "difficulty"], "POST /problems answer")
    pid = j["id"]
    check(j["slug"] == slug, "POST /problems: slug %r" % j["slug"])
    is_error(Ctx.c.post("/problems", problem_body(slug), token=Ctx.admin), 409, what="POST /problems duplicate slug")
    g = ok_json(Ctx.c.get("/problems/" + slug), "GET /problems/:slug of a created problem")
    check(g["id"] == pid and g["title"] == "Integration Sum", "GET created problem: %r" % g)
    # judged with its tests
    tok, _ = new_user("crud")
    submit_and_wait(tok, "a, b = map(int, input().split())\nprint(a + b)\n", "python", pid, "success", "Accepted")
    submit_and_wait(tok, "print(3)\n", "python", pid, "success", "Wrong Answer")
    # PUT replaces
    j = ok_json(Ctx.c.put("/problems/%d" % pid, problem_body(slug, "Integration Sum 2"), token=Ctx.admin),
                "PUT /problems/:id")
    check(j.get("title") == "Integration Sum 2", "PUT /problems/:id: title not replaced: %r" % j.get("title"))
    check(ok_json(Ctx.c.get("/problems/%d" % pid), "GET after PUT")["title"] == "Integration Sum 2",
          "GET after PUT: old title")
    is_error(Ctx.c.put("/problems/999999", problem_body("it-none-" + uuid.uuid4().hex[:6]), token=Ctx.admin),
             404, what="PUT /problems/999999")
    # DELETE (soft) then restore
    j = ok_json(Ctx.c.delete("/problems/%d" % pid, token=Ctx.admin), "DELETE /problems/:id")
    check(j.get("ok") is True, "DELETE /problems/:id: expected {\"ok\": true}, got %r" % j)
    is_error(Ctx.c.get("/problems/%d" % pid), 404, what="GET a deleted problem")
    is_error(Ctx.c.get("/problems/" + slug), 404, what="GET a deleted problem by slug")
    lst = ok_json(Ctx.c.get("/problems?limit=100&search=" + quote("Integration Sum 2")), "GET /problems")
    check(all(p["id"] != pid for p in lst["problems"]), "a deleted problem is still listed")
    r = Ctx.c.post("/submissions", {"problemId": pid, "code": "print(1)", "language": "python"}, token=tok)
    check(400 <= r.status < 500 and r.status != 401, "POST /submissions to a deleted problem: expected 4xx, got %s"
          % r.short())
    is_error(Ctx.c.delete("/problems/999999", token=Ctx.admin), 404, what="DELETE /problems/999999")
    j = ok_json(Ctx.c.patch("/problems/%d/restore" % pid, token=Ctx.admin), "PATCH /problems/:id/restore")
    check(j.get("id") == pid, "PATCH restore: expected the problem, got %r" % j)
    ok_json(Ctx.c.get("/problems/%d" % pid), "GET a restored problem")
    is_error(Ctx.c.patch("/problems/999999/restore", token=Ctx.admin), 404, what="PATCH /problems/999999/restore")


@test
def admin_function_problem():
    slug = "it-add-" + uuid.uuid4().hex[:6]
    body = {"title": "Integration Add", "slug": slug, "difficulty": "medium", "tags": ["it-math"],
            "statement": "Return a + b.", "limits": {"time": 2, "memory": 256},
            "function": {"name": "addTwo", "params": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}],
                         "returns": "int"},
            "tests": [{"input": "1\n2\n", "expected": "3\n", "isSample": True},
                      {"input": "-5\n9\n", "expected": "4\n", "isSample": False}]}
    j = ok_json(Ctx.c.post("/problems", body, token=Ctx.admin), "POST /problems with function", 201)
    g = ok_json(Ctx.c.get("/problems/%d" % j["id"]), "GET function problem")
    check("addTwo" in (g.get("starterCode") or {}).get("python", ""), "starterCode.python: %r" % g.get("starterCode"))
    tok, _ = new_user("fn")
    submit_and_wait(tok, "class Solution:\n    def addTwo(self, a: int, b: int) -> int:\n        return a + b\n",
                    "python", j["id"], "success", "Accepted")


@test
def scoring_problem_score_and_groups():
    """A Kattis scoring package (type: scoring, 2023-07 draft: a name map,
    statement/, testdata.yaml per group), imported into the running server:
    a partial solution scores 30 of 100 with each group's outcome."""
    import subprocess
    pkg = os.path.join(REPO, "tests", "packages", "subtask-sum")
    out = subprocess.run([Ctx.server.binary, "import", "--data", Ctx.server.data_dir, pkg],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    check(out.returncode == 0, "litecode import subtask-sum: %s" % out.stdout.decode(errors="replace")[-500:])
    g = ok_json(Ctx.c.get("/problems/subtask-sum"), "GET /problems/subtask-sum")
    check(g.get("title") == "Subtask Sum", "the English name of the map: %r" % g.get("title"))
    tok, _ = new_user("score")
    code = read_ref_pkg(pkg, "partially_accepted", "first_ten.py")
    _, s = submit_and_wait(tok, code, "python", g["id"], "success", "Wrong Answer")
    check(s.get("score") == 30 and s.get("maxScore") == 100, "score %r of %r" % (s.get("score"), s.get("maxScore")))
    groups = {x["name"]: (x["result"], x["score"]) for x in s.get("groups") or []}
    check(groups.get("secret/group1") == ("Accepted", 30) and groups.get("secret/group2") == ("Wrong Answer", 0)
          and groups.get("secret") == ("Wrong Answer", 30), "groups: %r" % s.get("groups"))
    _, s = submit_and_wait(tok, read_ref_pkg(pkg, "accepted", "sum.py"), "python", g["id"], "success", "Accepted")
    check(s.get("score") == 100 and s.get("maxScore") == 100, "full score: %r" % s.get("score"))
    # a pass-fail problem's submission carries no score
    _, s = submit_and_wait(tok, PY_OK, "python", None, "success", "Accepted")
    check("score" not in s and "groups" not in s, "a pass-fail submission has a score: %r" % s.get("score"))


@test
def package_2023_output_validator_survives_import():
    """A 2023-07 package's custom validator lives in output_validator/ (no
    `validation:` key): imported, it still judges (the stored copy keeps it)."""
    import subprocess
    src = os.path.join(REPO, "tests", "packages", "pair")
    tmp = tempfile.mkdtemp(prefix="lc-it-2023-")
    try:
        slug = "pair-2023-" + uuid.uuid4().hex[:6]
        dst = os.path.join(tmp, slug)
        shutil.copytree(os.path.join(src, "data"), os.path.join(dst, "data"))
        os.makedirs(os.path.join(dst, "output_validator"))
        shutil.copy(os.path.join(src, "output_validators", "pair_validator", "validator.c"),
                    os.path.join(dst, "output_validator", "validator.c"))
        with open(os.path.join(dst, "problem.yaml"), "w") as f:
            f.write("problem_format_version: 2023-07\nname:\n  en: Pair 2023\n"
                    "limits: {time_limit: 1, memory: 256, output: 1}\n")
        out = subprocess.run([Ctx.server.binary, "import", "--data", Ctx.server.data_dir, dst],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        check(out.returncode == 0, "import: %s" % out.stdout.decode(errors="replace")[-500:])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    g = ok_json(Ctx.c.get("/problems/" + slug), "GET the imported 2023-07 problem")
    check(g.get("title") == "Pair 2023", "title: %r" % g.get("title"))
    tok, _ = new_user("v2023")
    submit_and_wait(tok, read_ref_pkg(src, "accepted", "pair.py"), "python", g["id"], "success", "Accepted")
    submit_and_wait(tok, read_ref_pkg(src, "wrong_answer", "pair_sorted_positions.py"), "python", g["id"],
                    "success", "Wrong Answer")


def read_ref_pkg(pkg, folder, name):
    with open(os.path.join(pkg, "submissions", folder, name), encoding="utf-8") as f:
        return f.read()


@test
def admin_problem_bad_inputs():
    base = problem_body("it-bad-" + uuid.uuid4().hex[:6])
    soft = Soft()

    def bad(body, field, what):
        if field != "slug" and "slug" in body:   # a fresh slug each time: a 201 must not turn the rest into 409s
            body = dict(body, slug="it-bad-" + uuid.uuid4().hex[:8])
        with soft:
            is_error(Ctx.c.post("/problems", body, token=Ctx.admin), 400, field, "POST /problems " + what)
    for f in ("title", "slug", "difficulty", "statement", "tests"):
        b = dict(base)
        del b[f]
        bad(b, f, "without " + f)
    bad(dict(base, difficulty="extreme"), "difficulty", "difficulty=extreme")
    bad(dict(base, title=5), "title", "title as a number")
    bad(dict(base, tests="none"), "tests", "tests as a string")
    bad(dict(base, tests=[{"input": 1, "expected": "2", "isSample": True}]), "input", "tests[0].input as a number")
    bad(dict(base, limits={"time": "fast", "memory": 256}), "time", "limits.time as a string")
    for slug in ("../../etc", "a/b", "", "x" * 300, "..", "with space", "x'; DROP TABLE problems;--"):
        bad(dict(base, slug=slug), "slug", "slug=%r" % slug[:30])
    soft.done()


@test
def tags_crud():
    j = ok_json(Ctx.c.get("/tags"), "GET /tags")
    keys(j, ["tags"], "GET /tags")
    check(all("id" in t and "name" in t for t in j["tags"]), "GET /tags items: %r" % j["tags"][:3])
    check(any(t["name"] == "hashing" for t in j["tags"]), "GET /tags: bundled tag hashing missing")
    name = "it-tag-" + uuid.uuid4().hex[:6]
    t = ok_json(Ctx.c.post("/tags", {"name": name}, token=Ctx.admin), "POST /tags", 201)
    keys(t, ["id", "name"], "POST /tags")
    check(t["name"] == name, "POST /tags name %r" % t["name"])
    is_error(Ctx.c.post("/tags", {"name": name}, token=Ctx.admin), 409, what="POST /tags duplicate")
    is_error(Ctx.c.post("/tags", {}, token=Ctx.admin), 400, "name", "POST /tags without name")
    is_error(Ctx.c.post("/tags", {"name": 7}, token=Ctx.admin), 400, "name", "POST /tags name as a number")
    check(any(x["id"] == t["id"] for x in ok_json(Ctx.c.get("/tags"), "GET /tags")["tags"]), "new tag not listed")
    j = ok_json(Ctx.c.delete("/tags/%d" % t["id"], token=Ctx.admin), "DELETE /tags/:id")
    check(j.get("ok") is True, "DELETE /tags/:id: expected {\"ok\": true}, got %r" % j)
    check(all(x["id"] != t["id"] for x in ok_json(Ctx.c.get("/tags"), "GET /tags")["tags"]), "deleted tag listed")
    is_error(Ctx.c.delete("/tags/%d" % t["id"], token=Ctx.admin), 404, what="DELETE /tags/:id again")
    r = Ctx.c.delete("/tags/abc", token=Ctx.admin)
    check(r.status in (400, 404), "DELETE /tags/abc: expected 400 or 404, got %s" % r.short())


@test
def languages():
    j = ok_json(Ctx.c.get("/languages"), "GET /languages")
    ids = {l.get("id") for l in j.get("languages", [])}
    for l in ("c", "cpp", "python", "javascript", "java", "typescript", "golang"):
        check(l in ids, "GET /languages: %s missing (got %s)" % (l, sorted(ids)))
    for l in j["languages"]:
        keys(l, ["id", "name", "version"], "GET /languages item")
    ts = [l for l in j["languages"] if l["id"] == "typescript"][0]
    check(ts["version"].startswith("TypeScript 5.1.6 on Node.js v"), "typescript version: %r" % ts)
    go = [l for l in j["languages"] if l["id"] == "golang"][0]
    check(go["version"].startswith("go version go1.19"), "golang version: %r" % go)
    rs = [l for l in j["languages"] if l["id"] == "rust"][0]
    check(rs["version"].startswith("rustc 1."), "rust version: %r" % rs)
    rb = [l for l in j["languages"] if l["id"] == "ruby"][0]
    check(rb["version"].startswith("ruby 3."), "ruby version: %r" % rb)
    ph = [l for l in j["languages"] if l["id"] == "php"][0]
    check(ph["version"].startswith("PHP 8."), "php version: %r" % ph)
    cs = [l for l in j["languages"] if l["id"] == "csharp"][0]
    check(cs["version"].startswith("Mono JIT compiler version 6."), "csharp version: %r" % cs)
    sca = [l for l in j["languages"] if l["id"] == "scala"][0]
    check(sca["version"].startswith("Scala 2.11"), "scala version: %r" % sca)
    kt = [l for l in j["languages"] if l["id"] == "kotlin"][0]
    check(kt["version"].startswith("Kotlin 1.3"), "kotlin version: %r" % kt)
    er = [l for l in j["languages"] if l["id"] == "erlang"][0]
    check(er["version"].startswith("Erlang/OTP 2"), "erlang version: %r" % er)
    ex = [l for l in j["languages"] if l["id"] == "elixir"][0]
    check(ex["version"].startswith("Elixir 1."), "elixir version: %r" % ex)
    rk = [l for l in j["languages"] if l["id"] == "racket"][0]
    check(rk["version"].startswith("Welcome to Racket v8."), "racket version: %r" % rk)
    pp = [l for l in j["languages"] if l["id"] == "pypy3"][0]
    check(pp["version"].startswith("Python 3.") and "PyPy" in pp["version"] or
          pp["version"].startswith("Python 3.9"), "pypy3 version: %r" % pp)


# =============================================================================
# submissions
# =============================================================================

@test
def submission_accepted():
    tok, user = new_user("acc")
    r = Ctx.c.submit(tok, Ctx.pwt_id, PY_OK, "python")
    j = r.json
    check(isinstance(j.get("submissionId"), str) and j.get("status") == "pending",
          "POST /submissions: expected 201 {submissionId, status: pending}, got %s" % r.short())
    s = Ctx.c.wait_final(sub_path(j["submissionId"]), tok)
    keys(s, ["id", "submissionId", "userId", "problemId", "language", "code", "status", "result", "runtime",
             "memory", "passed", "total", "tests", "failingTest", "stdout", "compileOutput", "createdAt",
             "finishedAt", "runtimeBeats", "memoryBeats"], "GET /submissions/:id")
    check(s["status"] == "success" and s["result"] == "Accepted",
          "accepted Python: expected success/Accepted, got %r/%r (compileOutput %r)"
          % (s["status"], s["result"], s.get("compileOutput")))
    check(s["id"] == j["submissionId"] == s["submissionId"], "ids differ: %r" % s["id"])
    check(s["userId"] == user["id"] and s["problemId"] == Ctx.pwt_id, "userId/problemId: %r/%r"
          % (s["userId"], s["problemId"]))
    check(s["language"] == "python" and s["code"] == PY_OK, "language/code not kept")
    check(isinstance(s["runtime"], (int, float)) and s["runtime"] >= 0, "runtime: %r" % s["runtime"])
    check(isinstance(s["memory"], (int, float)) and s["memory"] > 0, "memory (KiB): %r" % s["memory"])
    check(s["passed"] == s["total"] and s["total"] >= 3, "passed/total: %r/%r" % (s["passed"], s["total"]))
    check(isinstance(s["tests"], list) and len(s["tests"]) == s["total"], "tests: %r" % str(s["tests"])[:200])
    check(s["failingTest"] is None, "failingTest of an accepted submission: %r" % s["failingTest"])
    rfc3339(s["createdAt"], "createdAt")
    rfc3339(s["finishedAt"], "finishedAt")
    check(s["runtimeBeats"] is None or 0 <= s["runtimeBeats"] <= 100, "runtimeBeats: %r" % s["runtimeBeats"])
    check(s["memoryBeats"] is None or 0 <= s["memoryBeats"] <= 100, "memoryBeats: %r" % s["memoryBeats"])


@test
def submission_language_aliases():
    tok, _ = new_user("alias")
    _, s = submit_and_wait(tok, PY_OK, "python3", None, "success", "Accepted")
    _, s2 = submit_and_wait(tok, CPP_OK, "c++", None, "success", "Accepted")
    check(s2["language"] in ("cpp", "c++"), "language of a c++ submission: %r" % s2["language"])


@test
def submission_wrong_answer():
    tok, _ = new_user("wa")
    _, s = submit_and_wait(tok, PY_WA, "python", None, "success", "Wrong Answer")
    ft = s.get("failingTest")
    keys(ft, ["name", "input", "expected", "actual"], "failingTest")
    check(s["passed"] < s["total"], "Wrong Answer: passed %r of %r" % (s["passed"], s["total"]))
    check(ft["expected"] != ft["actual"], "failingTest expected == actual: %r" % ft)


@test
def submission_compile_error():
    tok, _ = new_user("ce")
    _, s = submit_and_wait(tok, PY_CE, "python", None, "compilation_error", "Compilation Error")
    check(isinstance(s.get("compileOutput"), str) and s["compileOutput"].strip(),
          "compileOutput of a CE: %r" % s.get("compileOutput"))
    _, s = submit_and_wait(tok, "class Solution { int x = ; };", "cpp", None, "compilation_error",
                           "Compilation Error")


@test
def submission_bad_inputs():
    tok, _ = new_user("sbad")
    good = {"problemId": Ctx.pwt_id, "code": PY_OK, "language": "python"}

    soft = Soft()

    def bad(body, field, what, status=400):
        with soft:
            is_error(Ctx.c.post("/submissions", body, token=tok), status, field, "POST /submissions " + what)
    for f in ("problemId", "code", "language"):
        b = dict(good)
        del b[f]
        bad(b, f, "without " + f)
    bad(dict(good, problemId=str(Ctx.pwt_id)), "problemId", "problemId as a string")
    bad(dict(good, problemId=1.5), "problemId", "problemId 1.5")
    bad(dict(good, problemId=True), "problemId", "problemId true")
    bad(dict(good, problemId=None), "problemId", "problemId null")
    bad(dict(good, code=12345), "code", "code as a number")
    bad(dict(good, code=["print(1)"]), "code", "code as an array")
    bad(dict(good, language=["python"]), "language", "language as an array")
    r = Ctx.c.post("/submissions", dict(good, language="brainfuck"), token=tok)
    with soft:
        check(r.status == 400, "POST /submissions unknown language: expected 400, got %s" % r.short())
    r = Ctx.c.post("/submissions", dict(good, problemId=999999), token=tok)
    with soft:
        check(r.status == 404, "POST /submissions unknown problem: expected 404, got %s" % r.short())
    r = Ctx.c.post("/submissions", dict(good, code="#" * (64 * 1024 + 1)), token=tok)
    with soft:
        check(r.status in (400, 413), "POST /submissions code over 64 KiB: expected 400/413, got %s" % r.short())
    r = Ctx.c.post("/submissions", dict(good, code="#" * (64 * 1024 - 1)), token=tok)
    with soft:
        check(r.status == 201, "POST /submissions code just under 64 KiB: expected 201, got %s" % r.short())
    with soft:
        is_error(Ctx.c.post("/submissions", good), 401, what="POST /submissions without a token")
    with soft:
        is_error(Ctx.c.post("/submissions", good, token="bogus"), 401, what="POST /submissions with a bad token")
    soft.done()


@test
def malformed_json_400():
    tok, _ = new_user("mj")
    soft = Soft()
    bodies = [b"{", b"{\"username\": }", b"not json", b"", b"[]", b"\"str\"", b"null", b"42",
              b"{\"problemId\": 1} trailing", b"{'problemId': 1}", b"{\"a\":1,}"]
    for path, t in (("/auth/register", None), ("/auth/login", None), ("/submissions", tok), ("/run", tok),
                    ("/problems", Ctx.admin), ("/tags", Ctx.admin)):
        for b in bodies:
            r = Ctx.c.post(path, raw=b, token=t)
            with soft:
                is_error(r, 400, what="POST %s with body %r" % (path, b))
    deep = b"[" * 100000 + b"]" * 100000
    r = Ctx.c.post("/submissions", raw=deep, token=tok)
    with soft:
        is_error(r, 400, what="POST /submissions with 100000 nested arrays")
    ok_json(Ctx.c.get("/healthz"), "GET /healthz after the nested body")
    soft.done()


@test
def invalid_utf8_400():
    tok, _ = new_user("u8")
    n = uname("u8")
    for raw in (b'{"username": "ab\xff\xfecd", "email": "x@example.com", "password": "12345678"}',
                b'{"username": "' + n.encode() + b'", "email": "\xc0\xafx@example.com", "password": "12345678"}',
                b'{"username": "' + n.encode() + b'", "email": "' + n.encode() + b'@example.com", "password": "1234567\xed\xa0\x80"}'):
        is_error(Ctx.c.post("/auth/register", raw=raw), 400, what="POST /auth/register with invalid UTF-8 %r" % raw[:60])
    raw = (b'{"problemId": %d, "code": "print(\xc3\x28)", "language": "python"}' % Ctx.pwt_id)
    is_error(Ctx.c.post("/submissions", raw=raw, token=tok), 400, what="POST /submissions with invalid UTF-8 in code")
    raw = (b'{"problemId": %d, "code": "x", "language": "pyth\x80on"}' % Ctx.pwt_id)
    is_error(Ctx.c.post("/submissions", raw=raw, token=tok), 400, what="POST /submissions with invalid UTF-8 in language")
    # valid non-ASCII UTF-8 in code is fine
    code = PY_OK + "# ünïcödé ✓ 😀\n"
    r = Ctx.c.post("/submissions", {"problemId": Ctx.pwt_id, "code": code, "language": "python"}, token=tok)
    check(r.status == 201, "POST /submissions with valid UTF-8 in code: expected 201, got %s" % r.short())
    s = Ctx.c.wait_final(sub_path(r.json["submissionId"]), tok)
    check(s["code"] == code, "non-ASCII code not kept byte for byte")


def raw_post_huge(path, size, token=None, chunked=False):
    """POST a body of `size` bytes; returns (status, body) or raises on a connection error."""
    conn = http.client.HTTPConnection("127.0.0.1", Ctx.server.port, timeout=10)
    try:
        conn.putrequest("POST", path)
        conn.putheader("Content-Type", "application/json")
        if token:
            conn.putheader("Authorization", "Bearer " + token)
        payload = b'{"code": "' + b"a" * size + b'"}'
        if chunked:
            conn.putheader("Transfer-Encoding", "chunked")
        else:
            conn.putheader("Content-Length", str(len(payload)))
        conn.endheaders()
        try:
            if chunked:
                for i in range(0, len(payload), 16384):
                    part = payload[i:i + 16384]
                    conn.send(b"%x\r\n" % len(part) + part + b"\r\n")
                conn.send(b"0\r\n\r\n")
            else:
                conn.send(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


@test
def huge_body_413():
    tok, _ = new_user("big")
    for path, t in (("/auth/register", None), ("/submissions", tok), ("/problems", Ctx.admin), ("/run", tok)):
        for chunked in (False, True):
            what = "POST %s with a 300 KiB body%s" % (path, " (chunked)" if chunked else "")
            try:
                st, body = raw_post_huge(path, 300 * 1024, t, chunked)
            except (OSError, http.client.HTTPException) as e:
                raise TestFailure("%s: expected 413, the connection failed instead: %s: %s"
                                  % (what, type(e).__name__, e))
            check(st == 413, "%s: expected 413, got %d %r" % (what, st, body[:200]))
            try:
                check("error" in json.loads(body), "")
            except Exception:
                raise TestFailure("%s: expected a JSON error body, got %r" % (what, body[:200]))
    # just under the cap is not a 413 (it is a normal 4xx for a code field that is too long)
    st, body = raw_post_huge("/submissions", 250 * 1024, tok)
    check(st != 413 and st < 500, "POST /submissions with a 250 KiB body: expected no 413, got %d" % st)
    ok_json(Ctx.c.get("/healthz"), "GET /healthz after huge bodies")


@test
def sql_metacharacters():
    # usernames: invalid characters -> 400; never a SQL error
    for bad in ("a'--", "admin' OR '1'='1", "x\"; DROP TABLE users;--", "r);DELETE FROM users"):
        r = Ctx.c.post("/auth/register", {"username": bad, "email": uname() + "@example.com", "password": "password123"})
        is_error(r, 400, "username", "POST /auth/register username=%r" % bad)
    # login with metacharacters: plain 401
    for bad in ("' OR '1'='1", "it_admin' --", "it_admin'/*", "\" OR \"\"=\""):
        r = Ctx.c.post("/auth/login", {"username": bad, "password": "' OR '1'='1"})
        is_error(r, 401, what="POST /auth/login username=%r" % bad)
    # an email with a quote is a valid email and round-trips
    n = uname("q")
    em = "o'brien.%s@example.com" % n
    tok, _ = Ctx.c.register(n, email=em)
    me = ok_json(Ctx.c.get("/auth/me", token=tok), "GET /auth/me")
    check(me["email"] == em, "email with a quote: %r != %r" % (me["email"], em))
    # search: metacharacters are text, LIKE wildcards are literal
    total = ok_json(Ctx.c.get("/problems?limit=1"), "GET /problems")["total"]
    for s in ("' OR 1=1 --", "'; DROP TABLE problems; --", "\") OR 1=1 --", "%_%_%_%", "%", "_", "\\"):
        j = ok_json(Ctx.c.get("/problems?search=" + quote(s)), "GET /problems?search=%r" % s)
        check(j["total"] == 0, "GET /problems?search=%r matched %d problems (expected 0: wildcards/quotes must be "
              "literal)" % (s, j["total"]))
    for tg in ("hashing' OR '1'='1", "%"):
        j = ok_json(Ctx.c.get("/problems?tag=" + quote(tg)), "GET /problems?tag=%r" % tg)
        check(j["total"] == 0, "GET /problems?tag=%r matched %d problems" % (tg, j["total"]))
    r = Ctx.c.get("/problems?difficulty=" + quote("easy' OR '1'='1"))
    check(r.status == 400 or (r.status == 200 and r.json["total"] == 0),
          "GET /problems?difficulty=easy' OR '1'='1: expected 400 or nothing, got %s" % r.short())
    # slugs in the path
    for s in ("x' OR '1'='1", "pair-with-target' --", "1 OR 1=1", "1; DROP TABLE problems", "%25"):
        is_error(Ctx.c.get("/problems/" + quote(s)), 404, what="GET /problems/%s" % s)
    check(ok_json(Ctx.c.get("/problems?limit=1"), "GET /problems")["total"] == total, "problem count changed")
    # tag names with metacharacters are stored verbatim (or refused with 400)
    name = "it'); DROP TABLE tags; --" + uuid.uuid4().hex[:4]
    r = Ctx.c.post("/tags", {"name": name}, token=Ctx.admin)
    check(r.status in (201, 400), "POST /tags name=%r: expected 201 or 400, got %s" % (name, r.short()))
    if r.status == 201:
        tags = ok_json(Ctx.c.get("/tags"), "GET /tags")["tags"]
        check(any(t["name"] == name for t in tags), "tag with metacharacters not stored verbatim")
        ok_json(Ctx.c.delete("/tags/%d" % r.json["id"], token=Ctx.admin), "DELETE that tag")


@test
def path_tricks():
    tok, _ = new_user("path")
    passwd = "root:x:0:0"
    cases = ["/problems/..%2f..%2fetc%2fpasswd", "/problems/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
             "/problems/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/problems/../../etc/passwd",
             "/..%2f..%2f..%2fetc%2fpasswd", "/../../../../etc/passwd", "/static/../../../etc/passwd",
             "/problems/pair-with-target%00", "/problems/%00", "/problems/1%00", "/users/1%00",
             "/problems/pair-with-target%2f..%2f..", "/users/1abc", "/users/1.0", "/users/0x1", "/users/+1",
             "/users/%201", "/users/99999999999999999999999", "/users/-1", "/problems/1abc",
             "/problems/%20" + str(1)]
    soft = Soft()
    for p in cases:
        r = Ctx.c.get(p, token=tok)
        with soft:
            no_5xx(r, "GET " + p)
            check(passwd.encode() not in r.body, "GET %s leaked /etc/passwd" % p)
            check(r.status in (400, 404), "GET %s: expected 404 (or 400), got %s" % (p, r.short(120)))
    for p in ("/submissions/%00", "/submissions/..%2f..%2fetc%2fpasswd", "/submissions/" + "a" * 5000,
              "/submissions/' OR '1'='1", "/submissions/%27%20OR%20%271%27%3D%271",
              "/runs/%00", "/runs/" + "b" * 5000, "/submissions/%00/events?access_token=" + tok):
        r = Ctx.c.get(p.replace(" ", "%20").replace("'", "%27"), token=tok)
        with soft:
            no_5xx(r, "GET " + p[:60])
            check(r.status in (400, 404, 414), "GET %s: expected 404 (or 400/414), got %s" % (p[:60], r.short(120)))
    r = Ctx.c.get("/problems/" + "z" * 20000)
    with soft:
        no_5xx(r, "GET /problems/<20000 chars>")
        check(r.status in (400, 404, 414, 431), "GET /problems/<20000 chars>: got %s" % r.short())
    r = Ctx.c.get("/users/" + "9" * 5000)
    with soft:
        check(r.status in (400, 404, 414), "GET /users/<5000 nines>: got %s" % r.short())
    ok_json(Ctx.c.get("/healthz"), "GET /healthz after path tricks")
    soft.done()


@test
def ownership_403():
    ta, ua = new_user("own_a")
    tb, ub = new_user("own_b")
    secret = PY_OK + "# secret-of-a-" + uuid.uuid4().hex + "\n"
    sid, _ = submit_and_wait(ta, secret, "python", None, "success", "Accepted")
    r = Ctx.c.get(sub_path(sid), token=tb)
    is_error(r, 403, what="GET /submissions/:id of another user")
    check(b"secret-of-a" not in r.body, "GET another user's submission leaked the code")
    is_error(Ctx.c.get(sub_path(sid)), 401, what="GET /submissions/:id without a token")
    j = ok_json(Ctx.c.get(sub_path(sid), token=Ctx.admin), "GET /submissions/:id as admin")
    check(j["code"] == secret, "admin should read the code")
    st, ct, body = read_sse(sub_path(sid) + "/events?access_token=" + quote(tb))
    check(st == 403, "GET /submissions/:id/events with another user's token: expected 403, got %s %r" % (st, body))
    check(b"secret-of-a" not in body, "SSE of another user's submission leaked the code")
    st, ct, body = read_sse(sub_path(sid) + "/events")
    check(st == 401, "GET /submissions/:id/events without a token: expected 401, got %s" % st)
    st, ct, body = read_sse(sub_path(sid) + "/events?access_token=bogus")
    check(st == 401, "GET /submissions/:id/events with a bad token: expected 401, got %s" % st)
    is_error(Ctx.c.get("/users/%d/submissions" % ua["id"], token=tb), 403,
             what="GET /users/:id/submissions of another user")
    j = ok_json(Ctx.c.get("/users/%d/submissions" % ua["id"], token=Ctx.admin), "GET /users/:id/submissions as admin")
    check(j["total"] == 1, "admin listing of A: total %r" % j["total"])
    is_error(Ctx.c.get("/users/%d/submissions" % ua["id"]), 401, what="GET /users/:id/submissions without a token")
    j = ok_json(Ctx.c.get("/problems/%s/submissions" % PWT, token=tb), "GET /problems/:id/submissions as B")
    check(all(s.get("userId") == ub["id"] for s in j["submissions"]) and
          all(s.get("id") != sid for s in j["submissions"]), "GET /problems/:id/submissions shows others' submissions")
    check(b"secret-of-a" not in Ctx.c.get("/problems/%s/submissions" % PWT, token=tb).body, "leak via problem list")
    # runs
    r = Ctx.c.post("/run", {"problemId": Ctx.pwt_id, "code": secret, "language": "python"}, token=ta)
    check(r.status == 202, "POST /run: expected 202, got %s" % r.short())
    rid = r.json["runId"]
    r = Ctx.c.get("/runs/" + quote(rid), token=tb)
    is_error(r, 403, what="GET /runs/:id of another user")
    check(b"secret-of-a" not in r.body, "GET another user's run leaked the code")
    ok_json(Ctx.c.get("/runs/" + quote(rid), token=Ctx.admin), "GET /runs/:id as admin")
    st, _, _ = read_sse("/runs/" + quote(rid) + "/events?access_token=" + quote(tb))
    check(st == 403, "GET /runs/:id/events with another user's token: expected 403, got %s" % st)
    Ctx.c.wait_final("/runs/" + quote(rid), ta)


@test
def submission_404():
    tok, _ = new_user("s404")
    soft = Soft()
    for path, t, what in (("/submissions/" + str(uuid.uuid4()), tok, "GET /submissions/<unknown uuid>"),
                          ("/runs/" + str(uuid.uuid4()), tok, "GET /runs/<unknown uuid>"),
                          ("/submissions/" + str(uuid.uuid4()) + "/events?access_token=" + tok, None,
                           "GET /submissions/<unknown>/events"),
                          ("/runs/" + str(uuid.uuid4()) + "/events?access_token=" + tok, None,
                           "GET /runs/<unknown>/events"),
                          ("/problems/no-such/submissions", tok, "GET /problems/no-such/submissions"),
                          ("/users/999999/submissions", Ctx.admin, "GET /users/999999/submissions (admin)")):
        with soft:
            is_error(Ctx.c.get(path, token=t), 404, what=what)
    soft.done()


@test
def user_submissions_pagination():
    tok, user = new_user("pg")
    ids = []
    for code in (PY_OK, PY_WA, PY_CE):
        ids.append(Ctx.c.submit(tok, Ctx.pwt_id, code, "python").json["submissionId"])
        time.sleep(0.01)
    for sid in ids:
        Ctx.c.wait_final(sub_path(sid), tok)
    base = "/users/%d/submissions" % user["id"]
    j = ok_json(Ctx.c.get(base, token=tok), "GET " + base)
    keys(j, ["submissions", "total", "page", "limit"], "GET " + base)
    check(j["total"] == 3 and j["page"] == 1 and j["limit"] == 20, "GET %s: total/page/limit %r/%r/%r"
          % (base, j["total"], j["page"], j["limit"]))
    got = [s["id"] for s in j["submissions"]]
    check(got == ids[::-1], "GET %s: expected newest first %r, got %r" % (base, ids[::-1], got))
    created = [s["createdAt"] for s in j["submissions"]]
    check(created == sorted(created, reverse=True), "createdAt not descending: %r" % created)
    p1 = ok_json(Ctx.c.get(base + "?limit=2", token=tok), "GET ?limit=2")
    p2 = ok_json(Ctx.c.get(base + "?limit=2&page=2", token=tok), "GET ?limit=2&page=2")
    p3 = ok_json(Ctx.c.get(base + "?limit=2&page=3", token=tok), "GET ?limit=2&page=3")
    check([s["id"] for s in p1["submissions"]] == ids[::-1][:2] and [s["id"] for s in p2["submissions"]] == ids[:1]
          and p3["submissions"] == [] and p1["total"] == p2["total"] == p3["total"] == 3,
          "pages of 2: %r / %r / %r" % ([s["id"] for s in p1["submissions"]], [s["id"] for s in p2["submissions"]],
                                        p3["submissions"]))
    for q in ("limit=0", "limit=101", "page=0", "limit=x"):
        is_error(Ctx.c.get(base + "?" + q, token=tok), 400, what="GET %s?%s" % (base, q))
    # the problem's view of the caller
    for key in (PWT, str(Ctx.pwt_id)):
        j = ok_json(Ctx.c.get("/problems/%s/submissions" % key, token=tok), "GET /problems/%s/submissions" % key)
        check([s["id"] for s in j["submissions"]] == ids[::-1] and j["total"] == 3,
              "GET /problems/%s/submissions: %r" % (key, [s["id"] for s in j["submissions"]]))
    j = ok_json(Ctx.c.get("/problems/%s/submissions?limit=1&page=2" % PWT, token=tok), "GET ?limit=1&page=2")
    check([s["id"] for s in j["submissions"]] == [ids[1]], "problem submissions page 2: %r" % j["submissions"])
    is_error(Ctx.c.get("/problems/%s/submissions" % PWT), 401, what="GET /problems/:id/submissions without a token")


@test
def run_samples_and_custom_input():
    tok, user = new_user("run")
    before = ok_json(Ctx.c.get("/users/%d/stats" % user["id"]), "GET stats")["submissions"]
    r = Ctx.c.post("/run", {"problemId": Ctx.pwt_id, "code": PY_OK, "language": "python"}, token=tok)
    j = ok_json(r, "POST /run (samples)", 202)
    check(isinstance(j.get("runId"), str) and j.get("status") == "pending", "POST /run: %r" % j)
    s = Ctx.c.wait_final("/runs/" + quote(j["runId"]), tok)
    check(s.get("status") == "success" and s.get("result") == "Accepted",
          "run on samples: expected success/Accepted, got %r/%r" % (s.get("status"), s.get("result")))
    r = Ctx.c.post("/run", {"problemId": Ctx.pwt_id, "code": PY_OK, "language": "python",
                            "input": "[1,5,3,7]\n12\n"}, token=tok)
    j = ok_json(r, "POST /run (custom input)", 202)
    s = Ctx.c.wait_final("/runs/" + quote(j["runId"]), tok)
    check(s.get("status") == "success", "run on custom input: status %r (%r)" % (s.get("status"), s))
    exp = s.get("expectedOutput")
    check(isinstance(exp, str) and re.sub(r"\s", "", exp) == "[1,3]",
          "GET /runs/:id: expectedOutput for input [1,5,3,7] / 12 should be [1,3], got %r" % exp)
    r = Ctx.c.post("/run", {"problemId": Ctx.pwt_id, "code": PY_WA, "language": "python", "input": "[3,2,4]\n6\n"},
                   token=tok)
    j = ok_json(r, "POST /run WA on custom input", 202)
    s = Ctx.c.wait_final("/runs/" + quote(j["runId"]), tok)
    check(s.get("result") == "Wrong Answer", "run of overwrite_index.py on [3,2,4]/6 (answers [0,0]): expected Wrong "
          "Answer against the reference, got %r" % s.get("result"))
    is_error(Ctx.c.post("/run", {"problemId": Ctx.pwt_id, "code": PY_OK, "language": "python", "input": 5},
                        token=tok), 400, "input", "POST /run input as a number")
    is_error(Ctx.c.post("/run", {"problemId": Ctx.pwt_id, "code": PY_OK}, token=tok), 400, "language",
             "POST /run without language")
    is_error(Ctx.c.post("/run", {"problemId": Ctx.pwt_id, "code": PY_OK, "language": "python"}), 401,
             what="POST /run without a token")
    after = ok_json(Ctx.c.get("/users/%d/stats" % user["id"]), "GET stats")["submissions"]
    check(after == before, "runs must not be recorded as submissions: stats.submissions %r -> %r" % (before, after))
    j = ok_json(Ctx.c.get("/users/%d/submissions" % user["id"], token=tok), "GET /users/:id/submissions")
    check(j["total"] == 0, "runs must not be listed as submissions: %r" % j["total"])


def check_sse_events(events, what, sid):
    names = [e for e, _ in events]
    check(names and names[-1] == "done", "%s: expected to end with `event: done`, got %s" % (what, names))
    st = [d for e, d in events if e == "status"]
    check(st, "%s: no `event: status` (events: %s)" % (what, names))
    check(all(e in ("status", "done") for e in names), "%s: unexpected events %s" % (what, names))
    docs = []
    for d in st:
        try:
            docs.append(json.loads(d))
        except ValueError:
            raise TestFailure("%s: status data is not JSON: %r" % (what, d[:200]))
    for d in docs:
        check(d.get("id") == sid or d.get("submissionId") == sid or d.get("runId") == sid,
              "%s: status event for another id: %r" % (what, str(d)[:200]))
    check(docs[-1].get("status") in FINAL_STATUSES, "%s: last status event is not final: %r"
          % (what, docs[-1].get("status")))
    check(all(d.get("status") not in FINAL_STATUSES for d in docs[:-1]),
          "%s: a status event after the verdict: %r" % (what, [d.get("status") for d in docs]))
    return docs


@test
def sse_submission_events():
    tok, _ = new_user("sse")
    r = Ctx.c.submit(tok, Ctx.pwt_id, CPP_OK, "cpp")
    sid = r.json["submissionId"]
    path = sub_path(sid) + "/events?access_token=" + quote(tok)
    st, ct, events = read_sse(path)
    check(st == 200, "GET /submissions/:id/events: expected 200, got %s %r" % (st, events))
    check(ct.startswith("text/event-stream"), "SSE Content-Type: %r" % ct)
    docs = check_sse_events(events, "SSE of a C++ submission", sid)
    check(docs[-1].get("result") == "Accepted", "SSE final result %r" % docs[-1].get("result"))
    g = ok_json(Ctx.c.get(sub_path(sid), token=tok), "GET after SSE")
    check(g["status"] == docs[-1]["status"] and g["result"] == docs[-1]["result"], "GET and SSE disagree")
    # a finished submission: its status once, then done, at once
    t0 = time.time()
    st, ct, events = read_sse(path, timeout=10)
    check(st == 200, "SSE of a finished submission: %s" % st)
    check_sse_events(events, "SSE of a finished submission", sid)
    check(time.time() - t0 < 5, "SSE of a finished submission took %.1f s" % (time.time() - t0))
    # the Authorization header works as well
    conn = http.client.HTTPConnection("127.0.0.1", Ctx.server.port, timeout=10)
    conn.request("GET", sub_path(sid) + "/events", headers={"Authorization": "Bearer " + tok})
    rr = conn.getresponse()
    body = rr.read()
    conn.close()
    check(rr.status == 200 and b"event: done" in body, "SSE with the Authorization header: %d %r"
          % (rr.status, body[:200]))


@test
def sse_run_events():
    tok, _ = new_user("rsse")
    r = Ctx.c.post("/run", {"problemId": Ctx.pwt_id, "code": PY_OK, "language": "python"}, token=tok)
    j = ok_json(r, "POST /run", 202)
    st, ct, events = read_sse("/runs/%s/events?access_token=%s" % (quote(j["runId"]), quote(tok)))
    check(st == 200, "GET /runs/:id/events: expected 200, got %s %r" % (st, events))
    check(ct.startswith("text/event-stream"), "SSE Content-Type: %r" % ct)
    check_sse_events(events, "SSE of a run", j["runId"])


@test
def users_and_stats():
    tok, user = new_user("st")
    uid = user["id"]
    j = ok_json(Ctx.c.get("/users/%d" % uid), "GET /users/:id")
    keys(j, ["id", "username", "isAdmin", "createdAt"], "GET /users/:id")
    check("email" not in j and "password" not in r_text(j), "GET /users/:id leaks private fields: %r" % j)
    is_error(Ctx.c.get("/users/999999"), 404, what="GET /users/999999")
    is_error(Ctx.c.get("/users/999999/stats"), 404, what="GET /users/999999/stats")
    s = ok_json(Ctx.c.get("/users/%d/stats" % uid), "GET /users/:id/stats")
    keys(s, ["solved", "submissions", "accepted", "acceptanceRate", "streak"], "GET /users/:id/stats")
    keys(s["solved"], ["easy", "medium", "hard", "total"], "stats.solved")
    check(s["solved"] == {"easy": 0, "medium": 0, "hard": 0, "total": 0} and s["submissions"] == 0
          and s["accepted"] == 0 and s["acceptanceRate"] == 0 and s["streak"] == 0, "fresh user stats: %r" % s)
    prob_before = ok_json(Ctx.c.get("/problems/" + PWT), "GET problem")
    submit_and_wait(tok, PY_WA, "python", None, "success", "Wrong Answer")
    submit_and_wait(tok, PY_OK, "python", None, "success", "Accepted")
    submit_and_wait(tok, PY_OK, "python", None, "success", "Accepted")
    submit_and_wait(tok, PY_CE, "python", None, "compilation_error")
    s = ok_json(Ctx.c.get("/users/%d/stats" % uid), "GET /users/:id/stats")
    check(s["solved"] == {"easy": 1, "medium": 0, "hard": 0, "total": 1},
          "stats.solved after solving one easy problem twice: %r" % s["solved"])
    check(s["submissions"] == 4 and s["accepted"] == 2, "stats submissions/accepted: %r/%r (expected 4/2)"
          % (s["submissions"], s["accepted"]))
    check(abs(s["acceptanceRate"] - 50) < 0.51, "stats acceptanceRate: %r (expected 50)" % s["acceptanceRate"])
    check(s["streak"] == 1, "stats streak after submitting today: %r (expected 1)" % s["streak"])
    p = ok_json(Ctx.c.get("/problems/" + PWT), "GET problem")
    check(p.get("submissions", 0) - prob_before.get("submissions", 0) == 4 and
          p.get("accepted", 0) - prob_before.get("accepted", 0) == 2,
          "problem counters: submissions %r->%r, accepted %r->%r (expected +4, +2)"
          % (prob_before.get("submissions"), p.get("submissions"), prob_before.get("accepted"), p.get("accepted")))
    if p.get("submissions"):
        check(abs(p["acceptanceRate"] - 100.0 * p["accepted"] / p["submissions"]) < 0.11,
              "problem acceptanceRate %r for %r/%r" % (p["acceptanceRate"], p["accepted"], p["submissions"]))
    # status filter of the problem list for this caller
    lst = ok_json(Ctx.c.get("/problems?limit=100", token=tok), "GET /problems with a token")
    st = {q["slug"]: q.get("status") for q in lst["problems"]}
    check(st.get(PWT) == "solved", "GET /problems with a token: status of a solved problem %r" % st.get(PWT))
    check(all(v in ("solved", "attempted", "todo") for v in st.values()), "status values: %r" % set(st.values()))
    j = ok_json(Ctx.c.get("/problems?limit=100&status=solved", token=tok), "GET /problems?status=solved")
    check([q["slug"] for q in j["problems"]] == [PWT] and j["total"] == 1,
          "status=solved: %r" % [q["slug"] for q in j["problems"]])
    j = ok_json(Ctx.c.get("/problems?limit=100&status=todo", token=tok), "GET /problems?status=todo")
    check(PWT not in [q["slug"] for q in j["problems"]] and j["total"] == lst["total"] - 1,
          "status=todo: total %r, expected %r" % (j["total"], lst["total"] - 1))
    tok2, _ = new_user("att")
    submit_and_wait(tok2, PY_WA, "python", None, "success", "Wrong Answer")
    j = ok_json(Ctx.c.get("/problems?limit=100&status=attempted", token=tok2), "GET /problems?status=attempted")
    check([q["slug"] for q in j["problems"]] == [PWT], "status=attempted: %r" % [q["slug"] for q in j["problems"]])
    r = Ctx.c.get("/problems?status=bogus", token=tok2)
    is_error(r, 400, "status", "GET /problems?status=bogus")


def r_text(j):
    return json.dumps(j).lower()


@test
def metrics():
    for _ in range(3):
        Ctx.c.get("/ping")
    r = Ctx.c.get("/metrics")
    check(r.status == 200, "GET /metrics: %s" % r.short())
    check((r.header("Content-Type") or "").startswith("text/plain"), "GET /metrics Content-Type %r"
          % r.header("Content-Type"))
    text = r.body.decode("utf-8", "replace")
    lines = [l for l in text.splitlines() if l and not l.startswith("#")]
    req = [l for l in lines if "request" in l.split("{")[0].split(" ")[0] and "/ping" in l]
    check(req, "GET /metrics: no request counter for /ping:\n%s" % text[:800])
    vals = []
    for l in req:
        try:
            vals.append(float(l.rsplit(" ", 1)[1]))
        except (ValueError, IndexError):
            raise TestFailure("GET /metrics: not a Prometheus sample line: %r" % l)
    check(max(vals) >= 3, "GET /metrics: /ping counted %r times, expected >= 3" % vals)
    low = text.lower()
    for word in ("queue", "verdict", "judge", "latency|duration|seconds"):
        check(any(w in low for w in word.split("|")), "GET /metrics: nothing about %r" % word)
    check("# TYPE" in text, "GET /metrics: no # TYPE lines")


def doc_routes():
    routes = set()
    with open(os.path.join(REPO, "docs", "api.md")) as f:
        for line in f:
            m = re.match(r"^\|\s*(GET|POST|PUT|PATCH|DELETE)\s*\|\s*(/\S*)\s*\|", line)
            if m:
                routes.add((m.group(1), re.sub(r":(\w+)", r"{\1}", m.group(2))))
    return routes


def norm(p):
    return re.sub(r"\{[^}]*\}", "{}", p)


@test
def openapi_matches_docs_and_router():
    r = Ctx.c.get("/openapi.json")
    j = ok_json(r, "GET /openapi.json")
    check(str(j.get("openapi", "")).startswith("3"), "openapi version: %r" % j.get("openapi"))
    check(isinstance(j.get("paths"), dict), "openapi paths: %r" % type(j.get("paths")))
    got = set()
    for p, ops in j["paths"].items():
        for m in ops:
            if m.upper() in ("GET", "POST", "PUT", "PATCH", "DELETE"):
                got.add((m.upper(), norm(p)))
    want = {(m, norm(p)) for m, p in doc_routes()}
    check(len(want) >= 25, "parsed only %d routes from docs/api.md" % len(want))
    check(got == want, "/openapi.json vs docs/api.md: only in openapi %s; only in docs %s (document: %s)"
          % (sorted(got - want), sorted(want - got), r.body[:300]))
    # every documented route answers (never 405/404-for-route), other methods on these paths answer 405
    paths = {}
    for m, p in want:
        paths.setdefault(p, set()).add(m)
    for p, methods in paths.items():
        concrete = p.replace("{}", "1")
        for m in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            if m == "GET" and p.endswith("/events"):
                r = Ctx.c.get(concrete)  # no token: 401 at once, no stream
            else:
                r = Ctx.c.request(m, concrete)
            if m in methods:
                check(r.status != 405, "%s %s is documented but answers 405" % (m, concrete))
            else:
                check(r.status == 405, "%s %s is not documented: expected 405, got %s" % (m, concrete, r.short()))


@test
def keep_alive():
    conn = http.client.HTTPConnection("127.0.0.1", Ctx.server.port, timeout=10)
    try:
        for m, path, body in (("GET", "/ping", None), ("GET", "/problems?limit=2", None),
                              ("POST", "/auth/login", b'{"username": "nobody_ka", "password": "12345678"}'),
                              ("POST", "/auth/register", b"{bad json"), ("GET", "/nope", None),
                              ("GET", "/healthz", None)):
            conn.request(m, path, body=body, headers={"Content-Type": "application/json"} if body else {})
            r = conn.getresponse()
            r.read()
            check(not r.will_close, "%s %s (%d) on a keep-alive connection answered Connection: close"
                  % (m, path, r.status))
    finally:
        conn.close()


@test
def register_race_one_winner():
    name = uname("race")
    out = []
    lock = threading.Lock()

    def go(i):
        try:
            r = Ctx.c.post("/auth/register", {"username": name, "email": "%s_%d@example.com" % (name, i),
                                              "password": "password123"})
            with lock:
                out.append(r.status)
        except Exception as e:
            with lock:
                out.append(repr(e))
    ts = [threading.Thread(target=go, args=(i,)) for i in range(10)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    check(sorted(out, key=str) == [201] + [409] * 9,
          "10 concurrent registrations of one username: expected one 201 and nine 409, got %s" % sorted(out, key=str))


@test
def idle_connections_do_not_block():
    socks = []
    try:
        for i in range(64):
            s = socket.create_connection(("127.0.0.1", Ctx.server.port), timeout=5)
            s.sendall(b"GET /ping HTTP/1.1\r\nHost: x\r\n")   # headers never finished
            socks.append(s)
        t0 = time.time()
        ok_json(Ctx.c.get("/healthz"), "GET /healthz with 64 idle half-open connections")
        tok, _ = new_user("idle")
        check(time.time() - t0 < 5, "requests took %.1f s with 64 idle connections" % (time.time() - t0))
    finally:
        for s in socks:
            s.close()


@test
def sse_abandoned_clients():
    tok, _ = new_user("ssea")
    sid = Ctx.c.submit(tok, Ctx.pwt_id, CPP_OK + "// abandoned\n", "cpp").json["submissionId"]
    conns = []
    for i in range(30):
        conn = http.client.HTTPConnection("127.0.0.1", Ctx.server.port, timeout=10)
        conn.request("GET", sub_path(sid) + "/events?access_token=" + quote(tok))
        r = conn.getresponse()
        check(r.status == 200, "SSE #%d: %d" % (i, r.status))
        conns.append(conn)
    for conn in conns:
        conn.sock.shutdown(socket.SHUT_RDWR)
        conn.close()
    s = Ctx.c.wait_final(sub_path(sid), tok)
    check(s["result"] == "Accepted", "verdict with abandoned SSE clients: %r" % s.get("result"))
    t0 = time.time()
    for _ in range(20):
        ok_json(Ctx.c.get("/healthz"), "GET /healthz after abandoned SSE clients")
    check(time.time() - t0 < 5, "20 /healthz took %.1f s after abandoned SSE clients" % (time.time() - t0))


@test
def concurrent_100_submissions():
    users = [new_user("conc") for _ in range(5)]
    ids = []
    errors = []
    lock = threading.Lock()

    def worker(k):
        tok = users[k % len(users)][0]
        for i in range(10):
            code = PY_OK + "# thread %d submission %d\n" % (k, i)
            try:
                r = Ctx.c.submit(tok, Ctx.pwt_id, code, "python")
                with lock:
                    ids.append((r.json["submissionId"], tok))
            except Exception as e:
                with lock:
                    errors.append("thread %d #%d: %s" % (k, i, e))
    t0 = time.time()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check(not errors, "submitting: %d errors, first %s" % (len(errors), errors[:3]))
    check(len(ids) == 100 and len({i for i, _ in ids}) == 100, "expected 100 distinct ids, got %d (%d distinct)"
          % (len(ids), len({i for i, _ in ids})))
    results = {}
    deadline = time.time() + max(60.0, 300.0)
    pending = list(ids)
    while pending and time.time() < deadline:
        nxt = []
        for sid, tok in pending:
            r = Ctx.c.get(sub_path(sid), token=tok)
            check(r.status == 200, "GET %s: %s" % (sid, r.short()))
            if r.json["status"] in ("pending", "running"):
                nxt.append((sid, tok))
            else:
                results[sid] = (r.json["status"], r.json["result"])
        pending = nxt
        if pending:
            time.sleep(0.5)
    check(not pending, "%d of 100 submissions without a verdict after %.0f s" % (len(pending), time.time() - t0))
    bad = {sid: v for sid, v in results.items() if v != ("success", "Accepted")}
    check(not bad, "%d of 100 concurrent accepted submissions got another verdict: %s"
          % (len(bad), list(bad.items())[:5]))
    for tok, u in users:
        j = ok_json(Ctx.c.get("/users/%d/submissions?limit=100" % u["id"], token=tok), "list")
        check(j["total"] == 20, "user %s: %d submissions listed, expected 20" % (u["username"], j["total"]))
    print("  (100 verdicts in %.1f s)" % (time.time() - t0))


@test
def submission_rate_limit_429():
    tok, _ = new_user("srl")
    codes = []
    for i in range(80):
        r = Ctx.c.post("/submissions", {"problemId": Ctx.pwt_id, "code": PY_CE + "# %d\n" % i, "language": "python"},
                       token=tok)
        codes.append(r.status)
        if r.status == 429:
            is_error(r, 429, what="POST /submissions over the rate")
            check(r.header("Retry-After"), "POST /submissions 429 without Retry-After")
            return
        check(r.status in (201, 503), "POST /submissions #%d: %s" % (i, r.short()))
    raise TestFailure("80 quick submissions from one user: never 429 (statuses %s)" % sorted(set(codes)))


@test
def login_rate_limit_429():
    name = uname("rl")
    Ctx.c.register(name, password="the-right-one")
    for i in range(60):
        r = Ctx.c.post("/auth/login", {"username": name, "password": "wrong-%d" % i})
        if r.status == 429:
            is_error(r, 429, what="POST /auth/login after %d failures" % i)
            check(r.header("Retry-After"), "POST /auth/login 429 without Retry-After")
            check(i >= 3, "POST /auth/login limited after only %d failures" % i)
            return
        check(r.status == 401, "POST /auth/login wrong password #%d: expected 401 or 429, got %s" % (i, r.short()))
    raise TestFailure("POST /auth/login: 60 failed logins for one user and never a 429")


@test
def error_bodies_are_json_and_server_alive():
    check(Ctx.server.alive(), "the server process died")
    ok_json(Ctx.c.get("/healthz"), "GET /healthz at the end")


def main():
    if len(sys.argv) < 2:
        print("usage: %s LITECODE_BINARY [TEST...]" % sys.argv[0], file=sys.stderr)
        return 2
    binary = sys.argv[1]
    only = sys.argv[2:]
    tmp = tempfile.mkdtemp(prefix="litecode-it-")
    data = os.path.join(tmp, "data")
    srv = Server(binary, data, log_path=os.path.join(tmp, "serve.log"))
    Ctx.server = srv
    Ctx.c = srv.client
    try:
        try:
            srv.start()
            srv.add_user(ADMIN_NAME, ADMIN_PASSWORD, admin=True)
            Ctx.admin, Ctx.admin_user = Ctx.c.login(ADMIN_NAME, ADMIN_PASSWORD)
            Ctx.pwt_id = ok_json(Ctx.c.get("/problems/" + PWT), "GET /problems/" + PWT)["id"]
        except Exception as e:
            print("FAIL setup: %s" % e)
            print("0 passed, 1 failed")
            return 1
        for fn in R.tests:
            if only and not any(o in fn.__name__ for o in only):
                continue
            R.run_one(fn.__name__, fn)
            if not srv.alive():
                print("server died; log tail:\n" + srv.log_tail())
                Ctx.server.proc.poll()
                srv.start()  # restart so the remaining tests report on their own
                Ctx.admin, _ = Ctx.c.login(ADMIN_NAME, ADMIN_PASSWORD)
    finally:
        srv.stop()
        if R.failed:
            print("server log: %s" % srv.log_path)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return R.summary()


if __name__ == "__main__":
    sys.exit(main())
