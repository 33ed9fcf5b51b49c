/* lib/sandbox/sandbox.h: running programs in the jail (needs root; the helper is
 * found through LITECODE_SANDBOX_INIT, which ctest sets). */
#include "sandbox/sandbox.h"
#include "util/fs.h"
#include <criterion/criterion.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>


typedef struct run_out {
    lc_sbx_result r;
    char out[4096];
    char err[4096];
} run_out;

static void init_env(void)
{
    /* when run by hand from the source tree, find the helper in ./build */
    const char *h = getenv("LITECODE_SANDBOX_INIT");
    if (!h || !*h) {
        char d[4096];
        lc_err e = {0};
        if (lc_exe_dir(d, sizeof d - 64, &e) == LC_OK) {
            strcat(d, "/litecode-sandbox-init");
            setenv("LITECODE_SANDBOX_INIT", d, 1);
        }
    }
}

TestSuite(sandbox, .init = init_env, .timeout = 30);

static lc_sbx *open_sbx(void)
{
    lc_sbx *s = NULL;
    lc_err e = {0};
    lc_code rc = lc_sbx_open(NULL, &s, &e);
    cr_assert_eq(rc, LC_OK, "lc_sbx_open: %s: %s", lc_code_name(rc), e.msg);
    cr_assert_not_null(s);
    return s;
}

static int memfd_with(const char *data)
{
    int fd = memfd_create("lc-test", MFD_CLOEXEC);
    cr_assert_geq(fd, 0, "memfd_create: %s", strerror(errno));
    if (data) {
        size_t n = strlen(data);
        cr_assert_eq(write(fd, data, n), (ssize_t)n);
        cr_assert_eq(lseek(fd, 0, SEEK_SET), 0);
    }
    return fd;
}

static void slurp(int fd, char *buf, size_t sz)
{
    ssize_t n = pread(fd, buf, sz - 1, 0);
    buf[n > 0 ? n : 0] = '\0';
}

/* Runs cmd with memfds for stdout/stderr (and stdin when given); LC_OK expected
 * unless want_rc says otherwise. */
static lc_code run_full(lc_sbx *s, lc_sbx_cmd *c, const char *in, run_out *o)
{
    memset(o, 0, sizeof *o);
    int ifd = in ? memfd_with(in) : -1;
    int ofd = memfd_with(NULL), efd = memfd_with(NULL);
    c->stdin_fd = ifd;
    c->stdout_fd = ofd;
    c->stderr_fd = efd;
    lc_err e = {0};
    lc_code rc = lc_sbx_exec(s, c, &o->r, &e);
    slurp(ofd, o->out, sizeof o->out);
    slurp(efd, o->err, sizeof o->err);
    if (rc != LC_OK)
        snprintf(o->err, sizeof o->err, "%s", e.msg);
    if (ifd >= 0)
        close(ifd);
    close(ofd);
    close(efd);
    return rc;
}

static void run_ok(lc_sbx *s, lc_sbx_cmd *c, const char *in, run_out *o)
{
    lc_code rc = run_full(s, c, in, o);
    cr_assert_eq(rc, LC_OK, "lc_sbx_exec(%s): %s: %s", c->argv[0], lc_code_name(rc), o->err);
}

static void sh(lc_sbx *s, const char *script, run_out *o)
{
    const char *argv[] = {"/bin/sh", "-c", script, NULL};
    lc_sbx_cmd c = {.argv = argv};
    run_ok(s, &c, NULL, o);
}

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* Host-side: processes whose real uid is uid (0 when none). */
static int count_host_procs_of_uid(uid_t uid)
{
    DIR *d = opendir("/proc");
    cr_assert_not_null(d);
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] < '0' || de->d_name[0] > '9')
            continue;
        char p[300], line[256];
        snprintf(p, sizeof p, "/proc/%s/status", de->d_name);
        FILE *f = fopen(p, "re");
        if (!f)
            continue;
        while (fgets(line, sizeof line, f))
            if (strncmp(line, "Uid:", 4) == 0) {
                if ((uid_t)strtoul(line + 4, NULL, 10) == uid)
                    n++;
                break;
            }
        fclose(f);
    }
    closedir(d);
    return n;
}

/* ---- exit status and stdio --------------------------------------------- */

Test(sandbox, exit_code)
{
    lc_sbx *s = open_sbx();
    run_out o;
    sh(s, "exit 7", &o);
    cr_assert_eq(o.r.exit_code, 7);
    cr_assert_eq(o.r.signal, 0);
    cr_assert_eq(o.r.limit, LC_SBX_LIMIT_NONE, "limit %s", lc_sbx_limit_name(o.r.limit));
    sh(s, "exit 0", &o);
    cr_assert_eq(o.r.exit_code, 0);
    cr_assert_gt(o.r.wall_us, 0);
    cr_assert_gt(o.r.memory_kib, 0);
    lc_sbx_close(s);
}

Test(sandbox, signal)
{
    lc_sbx *s = open_sbx();
    run_out o;
    sh(s, "kill -SEGV $$", &o);
    cr_assert_eq(o.r.signal, 11, "signal %d exit %d", o.r.signal, o.r.exit_code);
    cr_assert_eq(o.r.exit_code, -1);
    cr_assert_eq(o.r.limit, LC_SBX_LIMIT_NONE, "limit %s", lc_sbx_limit_name(o.r.limit));
    sh(s, "kill -KILL $$", &o);
    cr_assert_eq(o.r.signal, 9);
    cr_assert_eq(o.r.limit, LC_SBX_LIMIT_NONE, "limit %s", lc_sbx_limit_name(o.r.limit));
    lc_sbx_close(s);
}

Test(sandbox, stdin_stdout_stderr)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *cat[] = {"/bin/cat", NULL};
    lc_sbx_cmd c = {.argv = cat};
    run_ok(s, &c, "hello\nworld\n", &o);
    cr_assert_str_eq(o.out, "hello\nworld\n");
    cr_assert_str_eq(o.err, "");
    cr_assert_eq(o.r.exit_code, 0);

    sh(s, "echo to-out; echo to-err >&2; exit 3", &o);
    cr_assert_str_eq(o.out, "to-out\n");
    cr_assert_str_eq(o.err, "to-err\n");
    cr_assert_eq(o.r.exit_code, 3);

    /* -1 means /dev/null */
    lc_sbx_cmd c2 = {.argv = cat, .stdin_fd = -1, .stdout_fd = -1, .stderr_fd = -1};
    lc_sbx_result r;
    lc_err e = {0};
    cr_assert_eq(lc_sbx_exec(s, &c2, &r, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(r.exit_code, 0);
    lc_sbx_close(s);
}

Test(sandbox, argv_and_env_passed)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/bin/sh", "-c", "printf '%s|' \"$0\" \"$1\" \"$FOO\" \"$(pwd)\"",
                          "zero", "one two", NULL};
    const char *envp[] = {"FOO=bar", "PATH=/usr/bin:/bin", NULL};
    lc_sbx_cmd c = {.argv = argv, .envp = envp, .cwd = "/tmp"};
    run_ok(s, &c, NULL, &o);
    cr_assert_str_eq(o.out, "zero|one two|bar|/tmp|");
    lc_sbx_close(s);
}

Test(sandbox, extra_fds_become_fd_3_and_up)
{
    lc_sbx *s = open_sbx();
    run_out o;
    int x = memfd_with("extra three\n");
    int y = memfd_with("extra four\n");
    int extra[] = {x, y};
    const char *argv[] = {"/bin/cat", "/dev/fd/3", "/dev/fd/4", NULL};
    lc_sbx_cmd c = {.argv = argv, .extra_fds = extra, .n_extra_fds = 2};
    run_ok(s, &c, NULL, &o);
    cr_assert_eq(o.r.exit_code, 0, "stderr: %s", o.err);
    cr_assert_str_eq(o.out, "extra three\nextra four\n");
    /* not leaked into the next run */
    lseek(x, 0, SEEK_SET);
    const char *argv2[] = {"/bin/cat", "/dev/fd/3", NULL};
    lc_sbx_cmd c2 = {.argv = argv2};
    run_ok(s, &c2, NULL, &o);
    cr_assert_neq(o.r.exit_code, 0, "fd 3 still open: %s", o.out);
    close(x);
    close(y);
    lc_sbx_close(s);
}

/* ---- limits ------------------------------------------------------------ */

Test(sandbox, cpu_limit)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/bin/sh", "-c", "while :; do :; done", NULL};
    /* a generous wall limit so a loaded machine still ends this at the CPU limit */
    lc_sbx_cmd c = {.argv = argv, .limits = {.cpu_ms = 300, .wall_ms = 10000}};
    uint64_t t0 = now_ms();
    run_ok(s, &c, NULL, &o);
    uint64_t dt = now_ms() - t0;
    cr_assert_eq(o.r.limit, LC_SBX_LIMIT_CPU, "limit %s", lc_sbx_limit_name(o.r.limit));
    /* the kill happens when the slot's cgroup (which also holds the helper) reaches
     * 300 ms, so the program's own rusage can be a fraction of a ms short: see
     * cpu_limit_reported_time_reaches_limit below */
    cr_assert_geq(o.r.cpu_us, 290000, "cpu_us %llu", (unsigned long long)o.r.cpu_us);
    cr_assert_lt(o.r.cpu_us, 1000000, "cpu_us %llu", (unsigned long long)o.r.cpu_us);
    cr_assert_lt(o.r.wall_us, 5000000, "wall_us %llu", (unsigned long long)o.r.wall_us);
    cr_assert_lt(dt, 5000, "took %llu ms", (unsigned long long)dt);
    cr_assert_neq(o.r.signal, 0);
    lc_sbx_close(s);
}

/* Disabled: fails intermittently today (seen under CPU load: cpu_us 299825..299925
 * with limit == CPU). lib/sandbox/init.c do_run() kills at the CPU limit when the
 * cgroup counter (program + the helper itself) reaches cpu_ms, but reports
 * cpu_us from RUSAGE_CHILDREN (the program alone), so a run ended for CPU can
 * report less CPU than the limit ("Time Limit Exceeded: 0.299 s of 0.300 s").
 * Enable once a CPU-limited run reports at least the limit. */
Test(sandbox, cpu_limit_reported_time_reaches_limit)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/bin/sh", "-c", "while :; do :; done", NULL};
    lc_sbx_cmd c = {.argv = argv, .limits = {.cpu_ms = 300, .wall_ms = 10000}};
    for (int i = 0; i < 10; i++) {
        run_ok(s, &c, NULL, &o);
        cr_assert_eq(o.r.limit, LC_SBX_LIMIT_CPU, "limit %s", lc_sbx_limit_name(o.r.limit));
        cr_assert_geq(o.r.cpu_us, 300000, "run %d: cpu_us %llu", i,
                      (unsigned long long)o.r.cpu_us);
    }
    lc_sbx_close(s);
}

Test(sandbox, wall_limit)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/bin/sleep", "5", NULL};
    lc_sbx_cmd c = {.argv = argv, .limits = {.wall_ms = 300}};
    uint64_t t0 = now_ms();
    run_ok(s, &c, NULL, &o);
    uint64_t dt = now_ms() - t0;
    cr_assert_eq(o.r.limit, LC_SBX_LIMIT_WALL, "limit %s", lc_sbx_limit_name(o.r.limit));
    cr_assert_geq(o.r.wall_us, 300000, "wall_us %llu", (unsigned long long)o.r.wall_us);
    cr_assert_lt(o.r.wall_us, 2000000, "wall_us %llu", (unsigned long long)o.r.wall_us);
    cr_assert_lt(dt, 2000, "took %llu ms", (unsigned long long)dt);
    cr_assert_lt(o.r.cpu_us, 100000);
    lc_sbx_close(s);
}

Test(sandbox, memory_limit)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/usr/bin/python3", "-c",
                          "x = b'a' * (200 * 1024 * 1024)\nprint(len(x))", NULL};
    lc_sbx_cmd c = {.argv = argv, .limits = {.memory_kib = 64 * 1024, .cpu_ms = 5000}};
    run_ok(s, &c, NULL, &o);
    cr_assert_eq(o.r.limit, LC_SBX_LIMIT_MEMORY, "limit %s exit %d signal %d out %s err %s",
                 lc_sbx_limit_name(o.r.limit), o.r.exit_code, o.r.signal, o.out, o.err);
    cr_assert_str_eq(o.out, "");
    /* the same program within its limit is fine */
    const char *ok[] = {"/usr/bin/python3", "-c", "x = b'a' * (20 * 1024 * 1024)\nprint(len(x))",
                        NULL};
    lc_sbx_cmd c2 = {.argv = ok, .limits = {.memory_kib = 128 * 1024, .cpu_ms = 5000}};
    run_ok(s, &c2, NULL, &o);
    cr_assert_eq(o.r.limit, LC_SBX_LIMIT_NONE, "limit %s err %s", lc_sbx_limit_name(o.r.limit),
                 o.err);
    cr_assert_eq(o.r.exit_code, 0, "%s", o.err);
    cr_assert_str_eq(o.out, "20971520\n");
    cr_assert_geq(o.r.memory_kib, 20 * 1024, "memory_kib %llu",
                  (unsigned long long)o.r.memory_kib);
    lc_sbx_close(s);
}

Test(sandbox, fsize_limit)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/usr/bin/head", "-c", "2000000", "/dev/zero", NULL};
    lc_sbx_cmd c = {.argv = argv, .limits = {.fsize_kib = 100}};
    run_ok(s, &c, NULL, &o);
    cr_assert_eq(o.r.limit, LC_SBX_LIMIT_FSIZE, "limit %s exit %d signal %d",
                 lc_sbx_limit_name(o.r.limit), o.r.exit_code, o.r.signal);
    lc_sbx_close(s);
}

Test(sandbox, process_limit_fails_forks_without_hanging)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/bin/sh", "-c",
                          "i=0; while [ $i -lt 40 ]; do /bin/sleep 20 & i=$((i+1)); done; "
                          "echo all-forked",
                          NULL};
    lc_sbx_cmd c = {.argv = argv, .limits = {.processes = 8, .wall_ms = 10000}};
    uint64_t t0 = now_ms();
    run_ok(s, &c, NULL, &o);
    uint64_t dt = now_ms() - t0;
    cr_assert_str_neq(o.out, "all-forked\n", "40 processes started under a limit of 8");
    cr_assert_neq(o.r.exit_code, 0);
    cr_assert_not_null(strstr(o.err, "fork"), "stderr: %s", o.err);
    cr_assert_neq(o.r.limit, LC_SBX_LIMIT_WALL, "hung until the wall limit");
    cr_assert_lt(dt, 5000, "took %llu ms", (unsigned long long)dt);
    /* and a later run in the slot has its processes back */
    sh(s, "/bin/true && /bin/true && echo ok", &o);
    cr_assert_str_eq(o.out, "ok\n");
    lc_sbx_close(s);
}

Test(sandbox, no_process_survives_a_run)
{
    lc_sbx *s = open_sbx();
    uid_t uid = (uid_t)(60000 + lc_sbx_slot(s));
    run_out o;
    const char *argv[] = {"/bin/sh", "-c", "/bin/sleep 100 & exit 0", NULL};
    lc_sbx_cmd c = {.argv = argv, .limits = {.wall_ms = 10000}};
    uint64_t t0 = now_ms();
    run_ok(s, &c, NULL, &o);
    uint64_t dt = now_ms() - t0;
    cr_assert_eq(o.r.exit_code, 0);
    cr_assert_lt(dt, 3000, "took %llu ms", (unsigned long long)dt);
    cr_assert_eq(count_host_procs_of_uid(uid), 0, "a process of uid %u survived", (unsigned)uid);
    /* from inside, too: the next run sees no sleep */
    sh(s, "for p in /proc/[0-9]*; do cat $p/comm 2>/dev/null; done", &o);
    cr_assert_null(strstr(o.out, "sleep"), "processes: %s", o.out);
    cr_assert_not_null(strstr(o.out, "sh"), "cannot see its own processes: %s", o.out);
    lc_sbx_close(s);
}

/* ---- isolation --------------------------------------------------------- */

Test(sandbox, tmp_is_fresh_between_runs)
{
    lc_sbx *s = open_sbx();
    run_out o;
    sh(s, "echo secret > /tmp/x && mkdir /tmp/d && cat /tmp/x", &o);
    cr_assert_eq(o.r.exit_code, 0, "%s", o.err);
    cr_assert_str_eq(o.out, "secret\n");
    sh(s, "ls -A /tmp; test ! -e /tmp/x", &o);
    cr_assert_eq(o.r.exit_code, 0, "/tmp/x survived");
    cr_assert_str_eq(o.out, "");
    /* an empty file counts too */
    sh(s, ": > /tmp/empty", &o);
    cr_assert_eq(o.r.exit_code, 0, "%s", o.err);
    sh(s, "ls -A /tmp", &o);
    cr_assert_str_eq(o.out, "");
    lc_sbx_close(s);
}

Test(sandbox, box_read_only_unless_writable)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/bin/sh", "-c", "echo data > /box/f", NULL};
    lc_sbx_cmd ro = {.argv = argv, .box_writable = false};
    run_ok(s, &ro, NULL, &o);
    cr_assert_neq(o.r.exit_code, 0, "/box writable in a read-only run");
    cr_assert_eq(faccessat(lc_sbx_box_fd(s), "f", F_OK, AT_SYMLINK_NOFOLLOW), -1);

    lc_sbx_cmd rw = {.argv = argv, .box_writable = true};
    run_ok(s, &rw, NULL, &o);
    cr_assert_eq(o.r.exit_code, 0, "%s", o.err);
    lc_buf b;
    lc_buf_init(&b, 64);
    lc_err e = {0};
    cr_assert_eq(lc_read_file_at(lc_sbx_box_fd(s), "f", true, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "data\n");
    lc_buf_free(&b);

    /* back to read-only, but readable */
    const char *argv2[] = {"/bin/sh", "-c", "cat /box/f; echo more >> /box/f", NULL};
    lc_sbx_cmd ro2 = {.argv = argv2};
    run_ok(s, &ro2, NULL, &o);
    cr_assert_str_eq(o.out, "data\n");
    cr_assert_neq(o.r.exit_code, 0, "append succeeded on a read-only /box");
    lc_sbx_close(s);
}

Test(sandbox, root_filesystem_read_only)
{
    lc_sbx *s = open_sbx();
    run_out o;
    sh(s, "echo x > /usr/lc-test 2>/dev/null || echo x > /lc-test 2>/dev/null || "
          "echo x > /etc/lc-test 2>/dev/null || echo denied",
       &o);
    cr_assert_str_eq(o.out, "denied\n");
    cr_assert_eq(access("/usr/lc-test", F_OK), -1);
    lc_sbx_close(s);
}

Test(sandbox, no_network)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *ok[] = {"/usr/bin/python3", "-c", "print('py ok')", NULL};
    lc_sbx_cmd c0 = {.argv = ok};
    run_ok(s, &c0, NULL, &o);
    cr_assert_str_eq(o.out, "py ok\n", "python does not run: %s", o.err);
    const char *argv[] = {"/usr/bin/python3", "-c",
                          "import socket; socket.create_connection(('127.0.0.1', 22), timeout=3)\n"
                          "print('connected')",
                          NULL};
    lc_sbx_cmd c = {.argv = argv};
    run_ok(s, &c, NULL, &o);
    cr_assert_neq(o.r.exit_code, 0);
    cr_assert_str_eq(o.out, "");
    cr_assert(strstr(o.err, "Error") || strstr(o.err, "error"), "stderr: %s", o.err);
    lc_sbx_close(s);
}

Test(sandbox, runs_unprivileged_as_slot_uid)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/usr/bin/id", "-u", NULL};
    lc_sbx_cmd c = {.argv = argv};
    run_ok(s, &c, NULL, &o);
    char want[32];
    snprintf(want, sizeof want, "%d\n", 60000 + lc_sbx_slot(s));
    cr_assert_str_eq(o.out, want, "stderr %s", o.err);
    const char *g[] = {"/usr/bin/id", "-g", NULL};
    lc_sbx_cmd c2 = {.argv = g};
    run_ok(s, &c2, NULL, &o);
    cr_assert_str_eq(o.out, want);
    lc_sbx_close(s);
}

Test(sandbox, hostname_is_litecode)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/bin/uname", "-n", NULL};
    lc_sbx_cmd c = {.argv = argv};
    run_ok(s, &c, NULL, &o);
    cr_assert_str_eq(o.out, "litecode\n");
    lc_sbx_close(s);
}

Test(sandbox, missing_program_is_sandbox_error_not_verdict)
{
    lc_sbx *s = open_sbx();
    run_out o;
    const char *argv[] = {"/nonexistent/prog", NULL};
    lc_sbx_cmd c = {.argv = argv};
    lc_code rc = run_full(s, &c, NULL, &o);
    cr_assert_eq(rc, LC_ERR_SANDBOX, "rc %s", lc_code_name(rc));
    cr_assert_neq(o.err[0], '\0');
    /* the slot keeps working */
    sh(s, "echo still", &o);
    cr_assert_str_eq(o.out, "still\n");
    /* a relative argv[0] is refused before reaching the helper */
    const char *rel[] = {"sh", NULL};
    lc_sbx_cmd c2 = {.argv = rel};
    rc = run_full(s, &c2, NULL, &o);
    cr_assert_neq(rc, LC_OK);
    lc_sbx_close(s);
}

/* ---- slots and the box -------------------------------------------------- */

Test(sandbox, fifty_sequential_runs)
{
    lc_sbx *s = open_sbx();
    run_out o;
    for (int i = 0; i < 50; i++) {
        char script[32];
        snprintf(script, sizeof script, "echo %d; exit %d", i, i);
        sh(s, script, &o);
        cr_assert_eq(o.r.exit_code, i, "run %d: exit %d", i, o.r.exit_code);
        char want[16];
        snprintf(want, sizeof want, "%d\n", i);
        cr_assert_str_eq(o.out, want, "run %d", i);
    }
    lc_sbx_close(s);
}

Test(sandbox, two_slots_at_once)
{
    lc_sbx *a = open_sbx();
    lc_sbx *b = open_sbx();
    cr_assert_neq(lc_sbx_slot(a), lc_sbx_slot(b));
    cr_assert_geq(lc_sbx_slot(a), 0);
    cr_assert_geq(lc_sbx_slot(b), 0);
    /* the slot taken by a cannot be opened again */
    lc_sbx_config cfg = {.slot = lc_sbx_slot(a)};
    lc_sbx *c = NULL;
    lc_err e = {0};
    cr_assert_eq(lc_sbx_open(&cfg, &c, &e), LC_ERR_SANDBOX);
    cr_assert_null(c);
    /* both work, with their own uid and box */
    run_out o;
    const char *argv[] = {"/usr/bin/id", "-u", NULL};
    lc_sbx_cmd cmd = {.argv = argv};
    run_ok(a, &cmd, NULL, &o);
    int ua = atoi(o.out);
    run_ok(b, &cmd, NULL, &o);
    int ub = atoi(o.out);
    cr_assert_eq(ua, 60000 + lc_sbx_slot(a));
    cr_assert_eq(ub, 60000 + lc_sbx_slot(b));
    cr_assert_eq(lc_write_file_at(lc_sbx_box_fd(a), "only-a", "a", 1, 0644, &e), LC_OK, "%s",
                 e.msg);
    sh(b, "test -e /box/only-a && echo shared || echo separate", &o);
    cr_assert_str_eq(o.out, "separate\n");
    sh(a, "cat /box/only-a", &o);
    cr_assert_str_eq(o.out, "a");
    lc_sbx_close(a);
    lc_sbx_close(b);
}

static int box_entries(lc_sbx *s)
{
    int fd = dup(lc_sbx_box_fd(s));
    cr_assert_geq(fd, 0);
    DIR *d = fdopendir(fd);
    cr_assert_not_null(d);
    rewinddir(d);
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

Test(sandbox, reset_box_empties_it)
{
    lc_sbx *s = open_sbx();
    lc_err e = {0};
    int box = lc_sbx_box_fd(s);
    cr_assert_geq(box, 0);
    cr_assert_eq(lc_write_file_at(box, "main.c", "int main(){}", 12, 0644, &e), LC_OK, "%s",
                 e.msg);
    run_out o;
    const char *argv[] = {"/bin/sh", "-c",
                          "mkdir -p /box/a/b/c && echo x > /box/a/b/c/f && "
                          "mkdir /box/locked && echo y > /box/locked/g && chmod 000 /box/locked && "
                          "ln -s /usr /box/usrlink && ln -s /box/main.c /box/srclink && "
                          "ls /box | wc -l",
                          NULL};
    lc_sbx_cmd c = {.argv = argv, .box_writable = true};
    run_ok(s, &c, NULL, &o);
    cr_assert_eq(o.r.exit_code, 0, "%s", o.err);
    cr_assert_eq(box_entries(s), 5, "box: %s", o.out);

    cr_assert_eq(lc_sbx_reset_box(s, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(box_entries(s), 0);
    /* the symlinked /usr survived (seen from inside) */
    sh(s, "ls -A /box; test -x /usr/bin/env && echo usr-ok", &o);
    cr_assert_str_eq(o.out, "usr-ok\n");
    /* the box is usable again */
    cr_assert_eq(lc_write_file_at(box, "again", "1", 1, 0644, &e), LC_OK, "%s", e.msg);
    sh(s, "cat /box/again", &o);
    cr_assert_str_eq(o.out, "1");
    lc_sbx_close(s);
}

Test(sandbox, limit_names)
{
    cr_assert_str_eq(lc_sbx_limit_name(LC_SBX_LIMIT_NONE), "none");
    cr_assert_str_eq(lc_sbx_limit_name(LC_SBX_LIMIT_CPU), "cpu");
    cr_assert_str_eq(lc_sbx_limit_name(LC_SBX_LIMIT_WALL), "wall");
    cr_assert_str_eq(lc_sbx_limit_name(LC_SBX_LIMIT_MEMORY), "memory");
    cr_assert_str_eq(lc_sbx_limit_name(LC_SBX_LIMIT_FSIZE), "fsize");
    cr_assert_str_eq(lc_sbx_limit_name(LC_SBX_LIMIT_DISK), "disk");
}
