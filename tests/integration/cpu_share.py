"""One slot's threads must not starve another slot (each slot has its own CPU
share): while one `litecode judge` runs a program with 63 busy threads (12 s
CPU limit: at least 6 s of wall time on 2 CPUs), a second `litecode judge`, in
another slot, judges a correct Python program that needs 0.6 s of CPU under a
1 s limit. The second must be Accepted. Without a CPU share per slot its one
thread competes with 63 and gets about 1/32 of the machine: it is killed at
the wall limit (TLE). Python, because its compile step (a syntax check) is
short: the run itself, not the compile, is what meets the busy slot.

The busy program is started first and the second judge only starts once the
63 threads are seen running; the second must also finish while the busy one
still runs, or the test says it proved nothing. The assertion is the verdict,
never a timing figure.

usage: /usr/bin/python3 cpu_share.py LITECODE_BINARY   (as root; the helper is
found through LITECODE_SANDBOX_INIT like every sandbox test)"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

UID_MIN, UID_MAX = 60000, 60255

BUSY_C = r"""
#include <pthread.h>
#include <stdio.h>
static volatile unsigned long sink;
static void *spin(void *arg)
{
    (void)arg;
    unsigned long x = 0;
    for (;;)
        for (int i = 0; i < 100000; i++)
            sink = x += (unsigned long)i * 2654435761u;
    return NULL;
}
int main(void)
{
    pthread_t t;
    for (int i = 0; i < 62; i++) /* and the main thread: 63 */
        pthread_create(&t, NULL, spin, NULL);
    spin(NULL);
    return 0;
}
"""

LIGHT_PY = r"""
import time
x = 0
while time.process_time() < 0.6:
    for i in range(1000):
        x += i
print("OK")
"""


def make_pkg(root, name, time_limit, source, ext):
    d = os.path.join(root, name)
    os.makedirs(os.path.join(d, "data", "sample"))
    os.makedirs(os.path.join(d, "problem_statement"))
    with open(os.path.join(d, "problem.yaml"), "w") as f:
        f.write("name: %s\ndifficulty: easy\nlimits: {time_limit: %s, memory: 64, output: 1}\n"
                % (name, time_limit))
    with open(os.path.join(d, "problem_statement", "problem.en.md"), "w") as f:
        f.write("Print OK.\n")
    with open(os.path.join(d, "data", "sample", "1.in"), "w") as f:
        f.write("\n")
    with open(os.path.join(d, "data", "sample", "1.ans"), "w") as f:
        f.write("OK\n")
    src = os.path.join(root, name + ext)
    with open(src, "w") as f:
        f.write(source)
    return d, src


def status_of(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            return f.read()
    except OSError:
        return ""


def field(status, name):
    for line in status.splitlines():
        if line.startswith(name + ":"):
            return line.split()[1:]
    return []


def descends_from(pid, ancestor):
    for _ in range(32):
        if pid == ancestor:
            return True
        ppid = field(status_of(pid), "PPid")
        if not ppid or int(ppid[0]) <= 1:
            return False
        pid = int(ppid[0])
    return False


def busy_threads_running(judge_pid):
    """True when a sandbox-uid process of that judge runs at least 60 threads."""
    for n in os.listdir("/proc"):
        if not n.isdigit():
            continue
        st = status_of(int(n))
        uid = field(st, "Uid")
        threads = field(st, "Threads")
        if (uid and UID_MIN <= int(uid[0]) <= UID_MAX and threads and int(threads[0]) >= 60
                and descends_from(int(n), judge_pid)):
            return True
    return False


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    lc = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix="litecode-cpushare.")
    busy = None
    try:
        busy_pkg, busy_src = make_pkg(tmp, "busy", 12, BUSY_C, ".c")
        light_pkg, light_src = make_pkg(tmp, "light", 1, LIGHT_PY, ".py")
        busy = subprocess.Popen([lc, "judge", busy_pkg, busy_src], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while not busy_threads_running(busy.pid):
            if busy.poll() is not None or time.monotonic() > deadline:
                out, err = busy.communicate()
                print("FAIL sandbox_cpu_share: the busy program never ran its threads "
                      "(judge exit %s): %s %s" % (busy.returncode, out[:2000], err[:2000]))
                return 1
            time.sleep(0.01)
        light = subprocess.run([lc, "judge", light_pkg, light_src], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=120)
        busy_still_running = busy.poll() is None
        try:
            j = json.loads(light.stdout)
        except ValueError as ex:
            print("FAIL sandbox_cpu_share: the second judge printed no JSON (%s, exit %d): %s"
                  % (ex, light.returncode, light.stderr[:2000]))
            return 1
        bout, berr = busy.communicate(timeout=120)
        verdict = "%s/%s runtime=%s" % (j.get("status"), j.get("result"), j.get("runtime"))
        try:
            bj = json.loads(bout)
            bverdict = "%s/%s" % (bj.get("status"), bj.get("result"))
        except ValueError:
            bverdict = "no JSON (exit %d)" % busy.returncode
        if j.get("status") != "success" or j.get("result") != "Accepted":
            print("FAIL sandbox_cpu_share: the 0.6 s program next to 63 busy threads got %s "
                  "(expected Accepted); the busy one got %s" % (verdict, bverdict))
            print(light.stdout.decode(errors="replace")[:2000])
            return 1
        if not busy_still_running:
            print("FAIL sandbox_cpu_share: inconclusive: the busy program (%s) ended before the "
                  "second judge (%s) did" % (bverdict, verdict))
            return 1
        print("PASS sandbox_cpu_share: %s next to 63 busy threads in another slot (busy: %s)"
              % (verdict, bverdict))
        return 0
    finally:
        if busy is not None and busy.poll() is None:
            busy.kill()
            busy.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
