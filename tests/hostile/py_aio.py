# expect: success
# Python (ctypes reaches any system call): io_setup in a loop (host-wide AIO
# contexts), listmount/statmount/open_tree_attr and unassigned numbers,
# inotify on /usr/include, flock and fcntl locks on a /usr file. The Python
# family's allow list must refuse them all with an errno; Python keeps running.
import ctypes
import errno
import fcntl
import os
import struct
import sys

sys.stdin.read()
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
leaks = []


def call(nr, *args):
    r = libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(a) if isinstance(a, int) else a for a in args])
    return r, ctypes.get_errno()


ctx = ctypes.c_ulong(0)
for i in range(256):
    r, e = call(206, 128, ctypes.byref(ctx))  # io_setup
    if r == 0:
        leaks.append("io_setup created an AIO context")
        break
    if e not in (errno.ENOSYS, errno.EPERM):
        leaks.append("io_setup failed with %s" % errno.errorcode.get(e, e))
    break
for nr, name in ((458, "listmount"), (457, "statmount"), (467, "open_tree_attr"),
                 (425, "io_uring_setup"), (470, "unassigned 470"), (500, "unassigned 500")):
    buf = ctypes.create_string_buffer(512)
    r, e = call(nr, buf, 512, buf, 0)
    if r >= 0 or e not in (errno.ENOSYS, errno.EPERM):
        leaks.append("%s was not refused (%d, %s)" % (name, r, errno.errorcode.get(e, e)))
r, e = call(294, 0)  # inotify_init1
if r >= 0:
    leaks.append("inotify_init1 returned fd %d" % r)
    r2, e = call(254, r, b"/usr/include", 0x20)  # inotify_add_watch IN_OPEN
    if r2 >= 0:
        leaks.append("inotify_add_watch on /usr/include succeeded")
fd = os.open("/usr/include/stdio.h", os.O_RDONLY)
try:
    fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    leaks.append("flock on /usr/include/stdio.h succeeded")
except OSError:
    pass
for cmd, name in ((fcntl.F_SETLK, "F_SETLK"), (fcntl.F_GETLK, "F_GETLK"),
                  (getattr(fcntl, "F_OFD_SETLK", 37), "F_OFD_SETLK")):
    lk = struct.pack("hhqqi", fcntl.F_RDLCK, 0, 0, 1, 0)
    try:
        fcntl.fcntl(fd, cmd, lk)
        leaks.append("fcntl(%s) on /usr/include/stdio.h succeeded" % name)
    except OSError:
        pass
for l in leaks:
    print("LEAK: " + l)
if not leaks:
    print("OK")
