#!/usr/bin/python3
"""`litecode import` of archives (.zip, .tar.gz) as other judges export them.

usage: import_archive.py LITECODE_BINARY

Builds the archives here with zipfile/tarfile, from tests/packages: one with
two packages, a broken one and one whose directory name is no slug (both good
ones import, the others are named in errors, the exit status is 2), one holding a package at its top (named
after the archive), and hostile ones: a `..` path, an absolute path, a
symbolic link, a zip bomb past --max-archive-mib, a file that is no archive.
Nothing may be written outside the import's own temporary directory, which is
removed afterwards. Prints `N passed, N failed`."""
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import warnings
import zipfile

sys.dont_write_bytecode = True
warnings.simplefilter("ignore")   # zipfile warns about the duplicate entry made on purpose
REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PKGS = os.path.join(REPO, "tests", "packages")
LC = os.path.abspath(sys.argv[1]) if len(sys.argv) == 2 else sys.exit(__doc__)

work = tempfile.mkdtemp(prefix="lc-import-test-")
tmpdir = os.path.join(work, "tmp")       # TMPDIR of the import: what it unpacks goes here
os.makedirs(tmpdir)
passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
        print("PASS " + what)
    else:
        failed += 1
        print("FAIL " + what)


def add_tree(z, src, arc_prefix):
    """Adds the package directory src (no submissions/) under arc_prefix."""
    for dirpath, dirs, files in os.walk(src):
        dirs[:] = sorted(d for d in dirs if d != "submissions")
        for f in sorted(files):
            full = os.path.join(dirpath, f)
            arc = os.path.join(arc_prefix, os.path.relpath(full, src)) if arc_prefix else \
                os.path.relpath(full, src)
            if isinstance(z, zipfile.ZipFile):
                z.write(full, arc)
            else:
                z.add(full, arc)


def run_import(data, *args):
    env = dict(os.environ, TMPDIR=tmpdir)
    p = subprocess.run([LC, "import", "--data", data] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env, timeout=300)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def slugs(data):
    db = sqlite3.connect(os.path.join(data, "litecode.db"))
    try:
        return sorted(r[0] for r in db.execute("SELECT slug FROM problems"))
    finally:
        db.close()


def leftovers():
    return os.listdir(tmpdir)


try:
    data = os.path.join(work, "data")
    # two packages and a broken one, in a folder of the archive
    multi = os.path.join(work, "contest.zip")
    with zipfile.ZipFile(multi, "w", zipfile.ZIP_DEFLATED) as z:
        add_tree(z, os.path.join(PKGS, "sum"), "contest/sum-a")
        add_tree(z, os.path.join(PKGS, "pair"), "contest/pair-b")
        z.writestr("contest/broken/problem.yaml", "limits: 5\n")
        z.writestr("contest/broken/data/sample/1.in", "1\n")
        z.writestr("contest/broken/data/sample/1.ans", "1\n")
        z.writestr("contest/README.txt", "not a package\n")
        add_tree(z, os.path.join(PKGS, "sum"), "contest/Bad_Name")
    rc, out, err = run_import(data, multi)
    check(rc == 2, "a broken package makes the exit status 2 (got %d: %s)" % (rc, err))
    check("imported sum-a" in out and "imported pair-b" in out,
          "a line per imported package: %r" % out)
    check("contest.zip: 4 package(s) found" in out, "the count of packages found: %r" % out)
    check("problem 'broken'" in err and "limits" in err, "the broken package is named: %r" % err)
    check("problem 'Bad_Name'" in err and "slug" in err, "a name that is no slug is refused: %r" % err)
    check(slugs(data) == ["pair-b", "sum-a"], "both good packages are stored: %r" % slugs(data))
    check(leftovers() == [], "the unpacked files are removed: %r" % leftovers())
    rc, out, err = run_import(data, multi)
    check("unchanged sum-a" in out and "unchanged pair-b" in out, "a second import: %r" % out)

    # a package at the top of a .tar.gz: named after the archive
    single = os.path.join(work, "subtask-sum-export.tar.gz")
    with tarfile.open(single, "w:gz") as t:
        add_tree(t, os.path.join(PKGS, "subtask-sum"), "")
    rc, out, err = run_import(data, single)
    check(rc == 0 and "imported subtask-sum-export" in out, "a package at the archive's top: %d %r %r"
          % (rc, out, err))

    # a package with no time limit gets one from its accepted references, as Kattis derives it
    # (legacy: the slowest reference's slowest test x 5, rounded up to whole seconds, >= 1 s)
    nolimit = os.path.join(work, "nolimit.zip")
    with zipfile.ZipFile(nolimit, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("no-limit/problem.yaml", "name: No Limit\n")
        add_tree(z, os.path.join(PKGS, "sum", "data"), "no-limit/data")
        z.write(os.path.join(PKGS, "sum", "submissions", "accepted", "sum.c"),
                "no-limit/submissions/accepted/sum.c")
        z.writestr("no-limit/submissions/accepted/notes.txt", "not a program\n")
    rc, out, err = run_import(data, nolimit)
    check(rc == 0 and "no-limit: time limit 1 s: the slowest accepted reference, sum.c" in out,
          "a time limit derived from the accepted references: %d %r %r" % (rc, out, err))
    db = sqlite3.connect(os.path.join(data, "litecode.db"))
    lim = db.execute("SELECT limits_json FROM problems WHERE slug = 'no-limit'").fetchone()
    db.close()
    check(lim is not None and json.loads(lim[0]).get("time") == 1,
          "the derived limit is stored: %r" % (lim,))

    # hostile archives: each refused with its entry named, nothing outside written
    outside = os.path.join(work, "evil.txt")
    traversal = os.path.join(work, "traversal.zip")
    with zipfile.ZipFile(traversal, "w") as z:
        z.writestr("pkg/problem.yaml", "name: X\n")
        z.writestr("../evil.txt", "pwned\n")
        z.writestr("../../evil.txt", "pwned\n")
    rc, out, err = run_import(data, traversal)
    check(rc == 2 and "../evil.txt" in err, "a `..` entry is refused: %d %r" % (rc, err))
    absolute = os.path.join(work, "absolute.tar")
    with tarfile.open(absolute, "w") as t:
        info = tarfile.TarInfo("/tmp/lc-import-test-absolute")
        body = b"pwned\n"
        info.size = len(body)
        t.addfile(info, io.BytesIO(body))
    rc, out, err = run_import(data, absolute)
    check(rc == 2 and "absolute" in err and not os.path.exists("/tmp/lc-import-test-absolute"),
          "an absolute entry is refused: %d %r" % (rc, err))
    link = os.path.join(work, "link.tar.gz")
    with tarfile.open(link, "w:gz") as t:
        info = tarfile.TarInfo("pkg/data")
        info.type = tarfile.SYMTYPE
        info.linkname = "/etc"
        t.addfile(info)
        body = b"x\n"
        info = tarfile.TarInfo("pkg/data/passwd")
        info.size = len(body)
        t.addfile(info, io.BytesIO(body))
    rc, out, err = run_import(data, link)
    check(rc == 2 and "links and special files are refused" in err, "a symlink is refused: %r" % err)
    bomb = os.path.join(work, "bomb.zip")
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("pkg/problem.yaml", "name: Bomb\n")
        z.writestr("pkg/data/secret/1.in", b"\0" * (20 << 20))
    check(os.path.getsize(bomb) < (1 << 20), "the bomb is small (%d bytes)" % os.path.getsize(bomb))
    rc, out, err = run_import(data, "--max-archive-mib", "8", bomb)
    check(rc == 2 and "more than 8 MiB" in err, "a zip bomb stops at the cap: %d %r" % (rc, err))
    twice = os.path.join(work, "twice.zip")
    with zipfile.ZipFile(twice, "w") as z:
        z.writestr("pkg/problem.yaml", "name: A\n")
        z.writestr("pkg/problem.yaml", "name: B\n")
    rc, out, err = run_import(data, twice)
    check(rc == 2 and "twice" in err, "an entry written twice is refused: %r" % err)
    garbage = os.path.join(work, "garbage.zip")
    with open(garbage, "wb") as f:
        f.write(os.urandom(4096))
    rc, out, err = run_import(data, garbage)
    check(rc == 2 and "garbage.zip" in err, "a file that is no archive: %d %r" % (rc, err))
    check(not os.path.exists(outside) and not os.path.exists(os.path.join(os.path.dirname(work),
                                                                          "evil.txt")),
          "nothing was written outside")
    check(leftovers() == [], "every refused archive's files are removed: %r" % leftovers())
    check(slugs(data) == ["no-limit", "pair-b", "subtask-sum-export", "sum-a"],
          "the store holds the good packages only: %r" % slugs(data))
finally:
    shutil.rmtree(work, ignore_errors=True)

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
