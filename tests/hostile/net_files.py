# expect: success
# Python: connect to the harness's listener (socket.create_connection), create
# UDP and raw sockets, read /etc/shadow, the canary and /proc/1/environ, and
# run a shell that tries the same (subprocess). Every attempt must fail; the
# harness checks the listener saw nothing.
import socket
import subprocess
import sys

vals = dict(l.split(" ", 1) for l in sys.stdin.read().splitlines() if " " in l)
port, canary = int(vals["PORT"]), vals["CANARY"]
leaks = []
try:
    socket.create_connection(("127.0.0.1", port), timeout=1).close()
    leaks.append("connected to 127.0.0.1:%d" % port)
except OSError:
    pass
for fam, typ in ((socket.AF_INET, socket.SOCK_DGRAM), (socket.AF_INET6, socket.SOCK_STREAM)):
    try:
        s = socket.socket(fam, typ)
        leaks.append("created socket %s/%s" % (fam, typ))
        try:
            s.sendto(b"lcpwn", ("127.0.0.1", port))
            leaks.append("sent UDP to the listener")
        except OSError:
            pass
        s.close()
    except OSError:
        pass
for p in ("/etc/shadow", "/etc/passwd", canary, "/proc/1/environ", "/proc/1/cmdline"):
    try:
        with open(p, "rb") as f:
            data = f.read(64)
        if data:
            leaks.append("read %s" % p)
    except OSError:
        pass
try:
    out = subprocess.run(["/bin/sh", "-c", "cat /etc/shadow /etc/passwd '%s' 2>/dev/null" % canary],
                         capture_output=True, timeout=5).stdout
    if out:
        leaks.append("shell printed %r" % out[:40])
except (OSError, subprocess.SubprocessError):
    pass
for l in leaks:
    print("LEAK: " + l)
if not leaks:
    print("OK")
