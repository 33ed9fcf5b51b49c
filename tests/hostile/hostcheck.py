"""Host-state checks for the hostile suite (not an attack: run_one.sh calls it).

usage: /usr/bin/python3 hostcheck.py COMMAND ...
  snapshot OUT.json --canary PATH --pkg DIR [--exclude PATH]...
      record the host state an attack must not change
  compare BEFORE.json AFTER.json
      print one line per problem ("FAIL: ...") or unrelated change ("note: ...");
      exit 1 when a problem was found
  procs        list live processes whose uid is a sandbox uid (60000..60255), one a line;
               run inside the harness's PID namespace it sees exactly the judge's processes
  mounts       print the mount table (mount point, type, source), sorted
  verdict JSON_FILE EXPECT...
      check the judge's JSON against an expect line (see README.md); exit 1 on mismatch
  leaks JSON_FILE SECRET...
      exit 1 when any secret appears in the judge's output

Rules of `compare` (the machine is shared, so unrelated activity must not fail a
test, while anything the sandbox could have caused does):
  - processes: a sandbox-uid process that did not exist before fails, unless the
    lock of its slot (/run/litecode/slot-N.lock, uid 60000+N) is held by a live
    judge (another judge running at the same time: its processes are its own;
    a slot whose lock is free must have no process at all);
  - /tmp, /dev/shm (top level; /dev/shm recursively): a new or changed entry fails
    when owned by a sandbox uid, named with the attack marker "lcpwn", or a
    symlink; other changes are notes;
  - /run/litecode: slot lock files and slot-N/{box,root} directories are the
    sandbox's own; any other new or changed entry fails, and so does any file
    left inside slot-N/box or slot-N/root that is not a mount;
  - hostname, the canary (content, mode, owner, mtime, its directory) and the
    package copy (every file's content and mode) must be unchanged;
  - mounts: a new mount fails unless it is another judge's slot mount under
    /run/litecode/slot-N/ or the sandbox's own cgroup hierarchy at
    /run/litecode/cgroup-CONTROLLER (only in a container; the harness also compares the mount table inside
    its own mount namespace, exactly);
  - System V IPC objects owned by a sandbox uid on the host fail.
"""
import hashlib
import json
import os
import re
import stat
import sys

UID_MIN, UID_MAX = 60000, 60255
MARKER = "lcpwn"


def sandbox_uid(uid):
    return UID_MIN <= uid <= UID_MAX


def lstat_entry(path):
    try:
        st = os.lstat(path)
    except OSError:
        return None
    e = {"type": stat.S_IFMT(st.st_mode), "mode": stat.S_IMODE(st.st_mode), "uid": st.st_uid,
         "gid": st.st_gid, "size": st.st_size if not stat.S_ISDIR(st.st_mode) else 0,
         "mtime": st.st_mtime_ns if not stat.S_ISDIR(st.st_mode) else 0}
    if stat.S_ISLNK(st.st_mode):
        try:
            e["target"] = os.readlink(path)
        except OSError:
            e["target"] = "?"
    return e


def list_top(d, exclude):
    out = {}
    try:
        names = os.listdir(d)
    except OSError:
        return out
    for n in names:
        p = os.path.join(d, n)
        if p in exclude:
            continue
        e = lstat_entry(p)
        if e is not None:
            out[p] = e
    return out


def list_tree(d, exclude, limit=20000):
    out = {}
    for root, dirs, files in os.walk(d):
        for n in dirs + files:
            p = os.path.join(root, n)
            if p in exclude:
                continue
            e = lstat_entry(p)
            if e is not None:
                out[p] = e
            if len(out) >= limit:
                return out
        dirs[:] = [x for x in dirs if os.path.join(root, x) not in exclude
                   and not os.path.ismount(os.path.join(root, x))]
    return out


def held_lock_inodes():
    """Inodes of files someone holds a lock on (/proc/locks), read-only."""
    out = set()
    try:
        with open("/proc/locks") as f:
            for line in f:
                for tok in line.split():
                    if tok.count(":") == 2:
                        out.add(int(tok.rsplit(":", 1)[1]))
    except (OSError, ValueError):
        pass
    return out


def slot_in_use(uid, held):
    """True when the lock of this uid's slot is held: a live judge owns the slot."""
    try:
        return os.stat("/run/litecode/slot-%d.lock" % (uid - UID_MIN)).st_ino in held
    except OSError:
        return False


def procs():
    out = {}
    held = held_lock_inodes()
    for n in os.listdir("/proc"):
        if not n.isdigit():
            continue
        try:
            with open("/proc/%s/status" % n) as f:
                status = f.read()
            with open("/proc/%s/stat" % n) as f:
                st = f.read()
        except OSError:
            continue
        m = re.search(r"^Uid:\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", status, re.M)
        if not m:
            continue
        uids = [int(x) for x in m.groups()]
        if not any(sandbox_uid(u) for u in uids):
            continue
        start = st.rsplit(")", 1)[1].split()[19]
        try:
            with open("/proc/%s/cmdline" % n, "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            cmd = "?"
        comm = re.search(r"^Name:\s*(.*)$", status, re.M)
        busy = slot_in_use(uids[0], held)
        out["%s/%s" % (n, start)] = "pid %s uid %s comm %s cmd %s%s" % (
            n, "/".join(map(str, uids)), comm.group(1) if comm else "?", cmd[:120],
            " (its slot is locked by a live judge)" if busy else "")
    return out


def mounts():
    out = []
    with open("/proc/self/mountinfo") as f:
        for line in f:
            parts = line.split()
            sep = parts.index("-")
            out.append("%s %s %s" % (parts[4], parts[sep + 1], parts[sep + 2]))
    return sorted(out)


def sysvipc():
    out = []
    for kind in ("shm", "msg", "sem"):
        try:
            with open("/proc/sysvipc/" + kind) as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        if not lines:
            continue
        head = lines[0].split()
        for line in lines[1:]:
            cols = dict(zip(head, line.split()))
            uid = int(cols.get("uid", "0"))
            cuid = int(cols.get("cuid", "0"))
            if sandbox_uid(uid) or sandbox_uid(cuid):
                out.append("%s key %s id %s uid %d" % (kind, cols.get("key"), cols.get("shmid", cols.get("msqid", cols.get("semid"))), uid))
    return out


def file_digest(path):
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 16), b""):
                h.update(chunk)
    except OSError as ex:
        return "unreadable: %s" % ex
    return h.hexdigest()


def snapshot(args):
    out_path = args[0]
    canary, pkg, exclude = None, None, set()
    i = 1
    while i < len(args):
        if args[i] == "--canary":
            canary = args[i + 1]
        elif args[i] == "--pkg":
            pkg = args[i + 1]
        elif args[i] == "--exclude":
            exclude.add(args[i + 1].rstrip("/"))
        i += 2
    snap = {"procs": procs(), "mounts": mounts(), "sysvipc": sysvipc()}
    with open("/proc/sys/kernel/hostname") as f:
        snap["hostname"] = f.read().strip()
    snap["tmp"] = list_top("/tmp", exclude)
    snap["shm"] = list_tree("/dev/shm", exclude)
    snap["run"] = list_tree("/run/litecode", exclude) if os.path.isdir("/run/litecode") else {}
    if os.path.isdir("/run/litecode"):
        snap["run_self"] = lstat_entry("/run/litecode")
    if canary:
        e = lstat_entry(canary) or {}
        e["sha256"] = file_digest(canary)
        snap["canary"] = e
        d = os.path.dirname(canary)
        snap["canary_dir"] = sorted(os.listdir(d)) if os.path.isdir(d) else []
    if pkg:
        files = {}
        for root, dirs, names in os.walk(pkg):
            for n in names + dirs:
                p = os.path.join(root, n)
                e = lstat_entry(p) or {}
                e.pop("mtime", None)
                if stat.S_ISREG(e.get("type", 0)):
                    e["sha256"] = file_digest(p)
                files[os.path.relpath(p, pkg)] = e
        snap["pkg"] = files
    with open(out_path, "w") as f:
        json.dump(snap, f, indent=1, sort_keys=True)


SLOT_OWN = re.compile(r"^/run/litecode/slot-\d+(\.lock|/box|/root)?$")
# In a container whose cgroups are read-only the sandbox mounts each cgroup
# hierarchy again under its run directory (lib/sandbox/sandbox.c,
# v1_cgroup_base): its own, like the slots
CGROUP_OWN = re.compile(r"^/run/litecode/cgroup-[a-z_]+$")


def compare(args):
    with open(args[0]) as f:
        a = json.load(f)
    with open(args[1]) as f:
        b = json.load(f)
    fails, notes = [], []

    for k, v in sorted(b["procs"].items()):
        if k in a["procs"]:
            continue
        if v.endswith("(its slot is locked by a live judge)"):
            notes.append("sandbox-uid process of another live judge: " + v)
        else:
            fails.append("sandbox-uid process appeared and survived: " + v)
    for k, v in sorted(a["procs"].items()):
        notes.append("sandbox-uid process already running before the test: " + v)

    if a["hostname"] != b["hostname"]:
        fails.append("hostname changed: %r -> %r" % (a["hostname"], b["hostname"]))

    for key, where in (("tmp", "/tmp"), ("shm", "/dev/shm")):
        for p, e in sorted(b[key].items()):
            old = a[key].get(p)
            if old == e:
                continue
            what = "new" if old is None else "changed"
            bad = (sandbox_uid(e["uid"]) or MARKER in p or MARKER in e.get("target", "")
                   or (what == "new" and e["type"] == stat.S_IFLNK))
            msg = "%s entry in %s: %s %s" % (what, where, p, e)
            (fails if bad else notes).append(msg)
        for p in sorted(set(a[key]) - set(b[key])):
            notes.append("entry gone from %s: %s" % (where, p))

    for p, e in sorted(b.get("run", {}).items()):
        old = a.get("run", {}).get(p)
        if CGROUP_OWN.match(p) or CGROUP_OWN.match(os.path.dirname(p)):
            continue
        if SLOT_OWN.match(p):
            if e.get("uid", 0) != 0 and not p.endswith("/box") and not os.path.ismount(p):
                fails.append("sandbox directory entry owned by uid %d: %s" % (e["uid"], p))
            continue
        if old == e:
            continue
        m = re.match(r"^/run/litecode/slot-\d+/(box|root)/", p)
        if m and os.path.ismount(p.split("/" + m.group(1) + "/")[0] + "/" + m.group(1)):
            notes.append("file inside another judge's mounted slot: %s" % p)
            continue
        fails.append("%s entry in /run/litecode: %s %s" % ("new" if old is None else "changed", p, e))
    if a.get("run_self") != b.get("run_self") and a.get("run_self") is not None:
        fails.append("/run/litecode itself changed: %s -> %s" % (a.get("run_self"), b.get("run_self")))

    if "canary" in a:
        if a["canary"] != b.get("canary"):
            fails.append("canary changed: %s -> %s" % (a["canary"], b.get("canary")))
        if a["canary_dir"] != b.get("canary_dir"):
            fails.append("canary directory changed: %s -> %s" % (a["canary_dir"], b.get("canary_dir")))
    if "pkg" in a:
        for p, e in sorted(a["pkg"].items()):
            if b["pkg"].get(p) != e:
                fails.append("package file changed: %s %s -> %s" % (p, e, b["pkg"].get(p)))
        for p in sorted(set(b["pkg"]) - set(a["pkg"])):
            (fails if MARKER in p else notes).append("new file in the package copy: %s" % p)

    new_mounts = sorted(set(b["mounts"]) - set(a["mounts"]))
    for m in new_mounts:
        if re.match(r"^/run/litecode/slot-\d+/", m.split()[0]):
            notes.append("mount of another judge's slot: " + m)
        elif CGROUP_OWN.match(m.split()[0]) and m.split()[1:] == ["cgroup", "litecode-cgroup"]:
            notes.append("the sandbox's own cgroup hierarchy: " + m)
        else:
            fails.append("new host mount: " + m)
    for m in sorted(set(a["mounts"]) - set(b["mounts"])):
        notes.append("host mount gone: " + m)

    for s in sorted(set(b["sysvipc"]) - set(a["sysvipc"])):
        fails.append("host System V IPC object of a sandbox uid: " + s)

    for n in notes:
        print("note: " + n)
    for f_ in fails:
        print("FAIL: " + f_)
    return 1 if fails else 0


def verdict(args):
    path, expect = args[0], args[1:]
    try:
        with open(path) as f:
            j = json.load(f)
    except (OSError, ValueError) as ex:
        print("FAIL: judge output is not one JSON object: %s" % ex)
        return 1
    status, result = j.get("status"), j.get("result")
    statuses = [t for t in expect if "=" not in t]
    results = [t.split("=", 1)[1].replace("_", " ") for t in expect if t.startswith("result=")]
    if status not in statuses:
        print("FAIL: status %r result %r, expected %s" % (status, result, " or ".join(statuses)))
        return 1
    if status == "success":
        allowed = results or ["Accepted"]
        if result not in allowed:
            print("FAIL: status success with result %r, expected %s" % (result, " or ".join(allowed)))
            return 1
    print("verdict ok: status %s result %s" % (status, result))
    return 0


def leaks(args):
    path, secrets = args[0], [s for s in args[1:] if len(s) >= 8]
    with open(path, "rb") as f:
        data = f.read().decode(errors="replace")
    # JSON may escape characters: compare against the decoded text too
    try:
        text = json.dumps(json.loads(data), ensure_ascii=False)
    except ValueError:
        text = data
    found = [s for s in secrets if s in data or s in text]
    for s in found:
        print("FAIL: a host secret appears in the judge's output: %s..." % s[:12])
    return 1 if found else 0


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "snapshot":
        snapshot(args)
        return 0
    if cmd == "compare":
        return compare(args)
    if cmd == "procs":
        for v in procs().values():
            print(v)
        return 0
    if cmd == "mounts":
        print("\n".join(mounts()))
        return 0
    if cmd == "verdict":
        return verdict(args)
    if cmd == "leaks":
        return leaks(args)
    print("unknown command " + cmd, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
