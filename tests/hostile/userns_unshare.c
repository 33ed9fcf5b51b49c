// expect: success
/* New namespaces: unshare(CLONE_NEWUSER) and every other CLONE_NEW* flag,
 * clone() with CLONE_NEWUSER/NEWNS/NEWPID/NEWNET (raw syscall, so the flags
 * reach the kernel as written), clone3 with CLONE_NEWUSER. An unprivileged user
 * could otherwise make a user namespace and mount inside it. seccomp filters
 * clone's flags and makes clone3 ENOSYS: all must fail. If a child does get a
 * user namespace it tries to mount a tmpfs and reports. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The test input (see tests/hostile/run_one.sh). */
static int port, hostpid, testno = 1;
static char canary[4096];
static int leaks;

static __attribute__((unused)) void read_input(void)
{
    char line[4200];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        if (sscanf(line, "PORT %d", &port) == 1 || sscanf(line, "HOSTPID %d", &hostpid) == 1 ||
            sscanf(line, "TEST %d", &testno) == 1)
            continue;
        if (strncmp(line, "CANARY ", 7) == 0)
            snprintf(canary, sizeof canary, "%.4000s", line + 7);
    }
}

/* The attack got through: say what happened (the output is then not OK). */
static __attribute__((unused, format(printf, 1, 2))) void leak(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("LEAK: ");
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    fflush(stdout);
    leaks++;
}

/* OK when every attempt failed as it must. */
static __attribute__((unused)) int finish(void)
{
    if (!leaks)
        puts("OK");
    return 0;
}

#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <linux/sched.h>

static int child_try_mount(void)
{
    int ok = mount("none", "/tmp", "tmpfs", 0, NULL) == 0;
    return ok ? 42 : 0;
}

int main(void)
{
    read_input();
    static const struct {
        unsigned long f;
        const char *n;
    } fl[] = {{CLONE_NEWUSER, "NEWUSER"},       {CLONE_NEWNS, "NEWNS"},   {CLONE_NEWPID, "NEWPID"},
              {CLONE_NEWNET, "NEWNET"},         {CLONE_NEWUTS, "NEWUTS"}, {CLONE_NEWIPC, "NEWIPC"},
              {CLONE_NEWCGROUP, "NEWCGROUP"},   {0x80, "NEWTIME"},
              {CLONE_NEWUSER | CLONE_NEWNS, "NEWUSER|NEWNS"}};
    for (size_t i = 0; i < sizeof fl / sizeof fl[0]; i++) {
        if (unshare((int)fl[i].f) == 0)
            leak("unshare(CLONE_%s) succeeded", fl[i].n);
        long pid = syscall(SYS_clone, fl[i].f | SIGCHLD, NULL, NULL, NULL, NULL);
        if (pid == 0)
            _exit(child_try_mount());
        if (pid > 0) {
            int st = 0;
            waitpid((pid_t)pid, &st, 0);
            leak("clone(CLONE_%s) succeeded%s", fl[i].n,
                 WIFEXITED(st) && WEXITSTATUS(st) == 42 ? " and the child mounted a tmpfs" : "");
        }
    }
    struct clone_args ca;
    memset(&ca, 0, sizeof ca);
    ca.flags = CLONE_NEWUSER;
    ca.exit_signal = SIGCHLD;
    long pid = syscall(SYS_clone3, &ca, sizeof ca);
    if (pid == 0)
        _exit(child_try_mount());
    if (pid > 0) {
        waitpid((pid_t)pid, NULL, 0);
        leak("clone3(CLONE_NEWUSER) succeeded");
    }
    /* a plain fork must still work (sanity: the filter is not too broad) */
    pid_t c = fork();
    if (c == 0)
        _exit(0);
    if (c < 0)
        leak("sanity: plain fork failed (%s)", strerror(errno));
    else
        waitpid(c, NULL, 0);
    return finish();
}
