// expect: success
/* setns: join the namespaces of pid 1 (the helper; hidden by hidepid=2) and
 * re-join our own ones through /proc/self/ns/NAME. seccomp denies setns: every
 * call must fail. Also tries to open the host's namespaces via the harness's
 * pid. */
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

#include <fcntl.h>
#include <sched.h>

int main(void)
{
    read_input();
    static const char *ns[] = {"mnt", "pid", "net", "ipc", "uts", "user", "cgroup", "time"};
    char p[128];
    int pids[] = {1, hostpid, getpid(), 0};
    for (int i = 0; pids[i] > 0; i++)
        for (size_t n = 0; n < sizeof ns / sizeof ns[0]; n++) {
            snprintf(p, sizeof p, "/proc/%d/ns/%s", pids[i], ns[n]);
            int fd = open(p, O_RDONLY);
            if (fd < 0)
                continue;
            if (pids[i] != getpid())
                leak("opened %s", p);
            if (setns(fd, 0) == 0)
                leak("setns(%s) succeeded", p);
            close(fd);
        }
    return finish();
}
