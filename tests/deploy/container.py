"""The container test: LiteCode distributed in Docker containers, for real.
Builds the images of deploy/ (a Debian base by debootstrap, litecode from
deploy/Dockerfile, PostgreSQL and Redis from Debian packages), starts
deploy/compose.yaml (PostgreSQL, Redis, the Kafka-protocol mock broker,
`litecode api` x1, `litecode worker` x2 with the worker's privileges and
seccomp profile) and judges through the API: Accepted in every language,
Wrong Answer, Time Limit Exceeded; and the container-relevant part of the
hostile suite (39 attacks) in a worker container.
  python3 tests/deploy/container.py              (build, then run)
  python3 tests/deploy/container.py build DIR    (only build the images into DIR)
  python3 tests/deploy/container.py run DIR      (run on the images in DIR; removes DIR)
make test builds the images in a test of its own (deploy_images) that runs
beside the judged references, and runs the containers in deploy_containers,
alone (the hostile suite's host checks must not see them).
The Docker daemon is started by this test in a mount namespace of its own
(its overlay and volume mounts never reach the host's mount table), with its
data in DIR (or a fresh directory under /tmp), and stopped afterwards. Exits
77 (ctest: skipped) with the reason when no Docker daemon can start here.
Prints "N passed, N failed"."""
import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
from lc_harness import REPO, Client, Runner, TestFailure, check, free_port, read_ref  # noqa: E402

SKIP = 77
BASE = "litecode-base:bookworm"
R = Runner()
test = R.test


class Ctx:
    pass


def log(msg):
    print("container: %s" % msg, flush=True)


def run(args, timeout=900, check_rc=True, quiet=True, env=None):
    p = subprocess.run(args, cwd=REPO, timeout=timeout, env=env or Ctx.env,
                       stdout=subprocess.PIPE if quiet else None, stderr=subprocess.STDOUT)
    out = (p.stdout or b"").decode("utf-8", "replace")
    if check_rc and p.returncode != 0:
        raise TestFailure("%s: exit %d\n%s" % (" ".join(args), p.returncode, out[-3000:]))
    return out


def compose(*args, **kw):
    return run(["docker-compose", "-p", Ctx.project, "-f", "deploy/compose.yaml"] + list(args), **kw)


def start_daemon():
    """dockerd in a private mount namespace; None when it cannot start (the reason)."""
    for tool in ("dockerd", "docker", "docker-compose", "debootstrap", "unshare"):
        if not shutil.which(tool):
            return "%s is not installed (scripts/setup.sh installs docker.io, docker-compose and " \
                   "debootstrap as root)" % tool
    if os.geteuid() != 0:
        return "dockerd needs root"
    sock = os.path.join(Ctx.tmp, "docker.sock")
    Ctx.env = dict(os.environ, DOCKER_HOST="unix://" + sock, COMPOSE_INTERACTIVE_NO_CLI="1")
    Ctx.dlog = open(os.path.join(Ctx.tmp, "dockerd.log"), "ab")
    Ctx.dockerd = subprocess.Popen(
        ["unshare", "--mount", "--propagation", "private", "dockerd",
         "--data-root", os.path.join(Ctx.data, "root"), "--exec-root", os.path.join(Ctx.tmp, "exec"),
         "--host", "unix://" + sock, "--pidfile", os.path.join(Ctx.tmp, "docker.pid"),
         "--iptables=false", "--ip-masq=false", "--bridge=none"],
        stdout=Ctx.dlog, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        if Ctx.dockerd.poll() is not None:
            break
        if subprocess.run(["docker", "info"], env=Ctx.env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0:
            return None
        time.sleep(0.5)
    with open(os.path.join(Ctx.tmp, "dockerd.log"), "rb") as f:
        tail = f.read().decode("utf-8", "replace")[-1500:]
    return "the Docker daemon did not start:\n" + tail


def stop_daemon():
    if getattr(Ctx, "dockerd", None) and Ctx.dockerd.poll() is None:
        Ctx.dockerd.send_signal(signal.SIGTERM)
        try:
            Ctx.dockerd.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(Ctx.dockerd.pid, signal.SIGKILL)
            Ctx.dockerd.wait()


def remove_left_cgroups():
    """A worker killed without its shutdown leaves its slots' cgroups inside the
    container's: remove them so the container's cgroup goes too."""
    for d in sorted(glob.glob("/sys/fs/cgroup/*/docker/*/litecode-slot-*"), reverse=True):
        try:
            os.rmdir(d)
        except OSError:
            pass
    for d in glob.glob("/sys/fs/cgroup/*/docker/*"):
        if os.path.basename(d) in Ctx.containers:
            try:
                os.rmdir(d)
            except OSError:
                pass
    # the daemon's parent cgroups, when this test's daemon made them
    for d in set(glob.glob("/sys/fs/cgroup/*/docker")) - Ctx.docker_cgroups:
        try:
            os.rmdir(d)
        except OSError:
            pass


def build():
    t0 = time.time()
    if BASE not in run(["docker", "images", "--format", "{{.Repository}}:{{.Tag}}"]):
        run(["sh", "deploy/base-image.sh", BASE])
    log("base image %s (%.0f s)" % (BASE, time.time() - t0))
    t1 = time.time()
    compose("build", "--parallel", timeout=1500)
    log("images built (%.0f s)" % (time.time() - t1))


def up():
    Ctx.port = free_port()
    Ctx.env.update(LITECODE_PORT=str(Ctx.port), LITECODE_DB_PORT=str(free_port()),
                   LITECODE_REDIS_PORT=str(free_port()),
                   LITECODE_DB_PASSWORD="pw-%d" % os.getpid(),
                   LITECODE_REDIS_PASSWORD="rpw-%d" % os.getpid())
    compose("up", "-d", timeout=600)
    Ctx.containers = set(compose("ps", "-q").split())
    Ctx.c = Client(Ctx.port)
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            if Ctx.c.get("/readyz").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise TestFailure("the api container never answered /readyz on port %d" % Ctx.port)


def user():
    Ctx.users = getattr(Ctx, "users", 0) + 1
    tok, _ = Ctx.c.register("box_u%d" % Ctx.users, "password-%d" % Ctx.users)
    return tok


def judge(problem, verdict, name, language):
    tok = user()
    pid = Ctx.c.get("/problems/" + problem).json["id"]
    sid = Ctx.c.submit(tok, pid, read_ref(problem, verdict, name), language).json["id"]
    return Ctx.c.wait_final("/submissions/" + sid, tok, timeout=180)


@test
def ready_reports_every_backend():
    r = Ctx.c.get("/readyz")
    checks = r.json.get("checks", {})
    for k in ("store", "cache", "queue"):
        check(checks.get(k) == "ok", "readyz %s: %r" % (k, checks))


@test
def two_workers_and_an_unprivileged_api():
    ids = compose("ps", "-q", "worker").split()
    check(len(ids) == 2, "worker containers: %r" % ids)
    api = compose("ps", "-q", "api").split()
    info = json.loads(run(["docker", "inspect"] + api + ids))
    users = {i["Name"]: i["Config"]["User"] for i in info}
    check(info[0]["Config"]["User"] == "10001", "the api runs as 10001: %r" % users)
    for w in info[1:]:
        check(w["State"]["Running"], "worker %s is not running" % w["Name"])
        check(w["HostConfig"]["CapDrop"] == ["ALL"] and "SYS_ADMIN" in w["HostConfig"]["CapAdd"],
              "worker capabilities: %r" % w["HostConfig"]["CapAdd"])


@test
def accepted_in_every_language():
    for name, lang in (("solution.py", "python"), ("solution.cpp", "cpp"), ("solution.c", "c"),
                       ("solution.js", "javascript"), ("Solution.java", "java"),
                       ("solution.ts", "typescript"), ("solution.go", "golang"),
                       ("solution.py", "pypy3"), ("solution.rb", "ruby"),
                       ("solution.php", "php"), ("solution.cs", "csharp"),
                       ("solution.rkt", "racket"), ("solution.kt", "kotlin"),
                       ("solution.scala", "scala"), ("solution.erl", "erlang"),
                       ("solution.ex", "elixir"), ("solution.rs", "rust")):
        j = judge("pair-with-target", "accepted", name, lang)
        check(j.get("result") == "Accepted", "%s in a worker container: %r" % (lang, j))


@test
def wrong_answer():
    j = judge("pair-with-target", "wrong_answer", "overwrite_index.py", "python")
    check(j.get("result") == "Wrong Answer", "wrong answer: %r" % j)


@test
def time_limit_exceeded():
    j = judge("pair-with-target", "time_limit_exceeded", "all_pairs.py", "python")
    check(j.get("result") == "Time Limit Exceeded", "too slow: %r" % j)


# The attacks whose outcome depends on what a container changes: capabilities
# and the seccomp profile (namespaces, mounts, privileges, kernel interfaces),
# the cgroups the sandbox mounts again inside the container (limits, kills,
# orphans), devices, /proc and /sys, the network and the root's contents; and
# one per runtime that reaches system calls its own way (node, Java, Go). The
# rest of the suite (side channels through /usr, output and compile-time
# attacks, the driver's channel) judges the same inside and out, and runs on
# the host in every `make test`.
CONTAINER_ATTACKS = """
    aio_exhaust.c bpf.c cpu_threads.c dev_access.c disk_fill.c fork_bomb.c hostname.c
    int80_syscall.c io_uring.c keyctl.c kill_all.c kill_helper.c memory_bomb.c mount_chroot.c
    mountinfo_host_paths.c net_connect.c net_udp.c new_syscalls.c orphan_survivor.c
    personality.c ptrace_attack.c read_etc_shadow.c read_proc_host.c read_sys.c rlimit_raise.c
    root_inventory.c setns_attack.c settime.c setuid_caps.c sigchld_ign_memory.c stack_bomb.c
    sysrq.c thread_bomb.c userns_unshare.c write_outside.c x32_syscall.c child_process.js
    NetFiles.java go_runtime_escape.go
""".split()


@test
def the_hostile_suite_in_a_worker_container():
    """The container-relevant attacks of tests/hostile (CONTAINER_ATTACKS),
    judged in a container of the worker service (its capabilities and seccomp
    profile) by the suite's own harness: the verdict each expects, and the
    container left unchanged."""
    attacks = CONTAINER_ATTACKS
    missing = [a for a in attacks if not os.path.exists(os.path.join(REPO, "tests", "hostile", a))]
    check(not missing, "attacks named in CONTAINER_ATTACKS are missing: %r" % missing)
    # a worker's privileges exactly as compose gave them (`compose run` cannot
    # be used: with host networking it refuses the links of depends_on)
    w = json.loads(run(["docker", "inspect", compose("ps", "-q", "worker").split()[0]]))[0]
    hc = w["HostConfig"]
    args = ["--cap-drop", "ALL"] if hc.get("CapDrop") == ["ALL"] else []
    for cap in hc.get("CapAdd") or []:
        args += ["--cap-add", cap]
    for opt in hc.get("SecurityOpt") or []:
        if opt.startswith("seccomp=") and opt[8:].lstrip().startswith("{"):
            path = os.path.join(Ctx.tmp, "worker-seccomp.json")
            with open(path, "w") as f:
                f.write(opt[8:])
            opt = "seccomp=" + path
        args += ["--security-opt", opt]
    check(any(a.startswith("seccomp=") for a in args), "the worker has no seccomp profile: %r" % hc)
    # two containers, each with half of the attacks (each container is a machine
    # of its own for the harness's checks: its own run directory and cgroups)
    procs = []
    for half in (attacks[0::2], attacks[1::2]):
        script = "for f in %s; do sh /h/run_one.sh /opt/litecode/bin/litecode /h/$f; done" % \
            " ".join(half)
        procs.append(subprocess.Popen(
            ["docker", "run", "--rm", "--network", "none", "-v",
             os.path.join(REPO, "tests", "hostile") + ":/h:ro", "--entrypoint", "sh"] + args +
            [w["Config"]["Image"], "-c", script],
            env=Ctx.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
    out = ""
    for p in procs:
        try:
            out += p.communicate(timeout=1200)[0].decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            p.kill()
            out += p.communicate()[0].decode("utf-8", "replace") + "\n(timed out)\n"
    passed = [l for l in out.splitlines() if l.startswith("PASS")]
    failed = [l for l in out.splitlines() if l.startswith("FAIL")]
    check(len(passed) == len(attacks) and not failed,
          "%d of %d attacks passed:\n%s" % (len(passed), len(attacks), out[-6000:]))
    log("%d attacks judged in a worker container" % len(attacks))


def main(argv):
    """argv: [] (build and run in a fresh directory), ["build", DIR] or ["run", DIR]."""
    mode = argv[0] if argv else "all"
    if mode not in ("all", "build", "run") or (mode != "all" and len(argv) != 2):
        print("usage: container.py [build DIR | run DIR]")
        return 2
    Ctx.tmp = tempfile.mkdtemp(prefix="litecode-docker-")
    Ctx.data = os.path.abspath(argv[1]) if mode != "all" else Ctx.tmp
    if mode == "build":
        shutil.rmtree(Ctx.data, ignore_errors=True)
    os.makedirs(Ctx.data, exist_ok=True)
    Ctx.project = "lctest%d" % os.getpid()
    Ctx.containers = set()
    Ctx.docker_cgroups = set(glob.glob("/sys/fs/cgroup/*/docker"))
    ok = False
    try:
        why = start_daemon()
        if why:
            print("SKIPPED: no Docker daemon can start here: %s" % why)
            return SKIP
        try:
            # `run` after `build` finds the images in DIR (compose build is then
            # all cache); alone it builds them
            build()
            if mode == "build":
                ok = True
                print("1 passed, 0 failed")
                return 0
            up()
        except (TestFailure, subprocess.TimeoutExpired) as e:
            print("FAIL setup: %s" % e)
            print("0 passed, 1 failed")
            return 1
        for fn in R.tests:
            R.run_one(fn.__name__, fn)
        ok = R.failed == 0
    finally:
        if Ctx.containers and not ok:
            print(compose("logs", "--no-color", "--tail", "60", check_rc=False)[-12000:])
        if getattr(Ctx, "env", None) and getattr(Ctx, "dockerd", None) and mode != "build":
            compose("down", "-v", "-t", "30", check_rc=False, timeout=300)
        stop_daemon()
        remove_left_cgroups()
        shutil.rmtree(Ctx.tmp, ignore_errors=True)
        if mode == "run" or not ok:
            shutil.rmtree(Ctx.data, ignore_errors=True)
    return R.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
