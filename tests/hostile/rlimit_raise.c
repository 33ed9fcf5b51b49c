// expect: success
/* Raise resource limits: setrlimit/prlimit of CPU, FSIZE, NPROC, NOFILE,
 * STACK, AS, MEMLOCK and MSGQUEUE to infinity, and prlimit on pid 1. The hard
 * limits were set by the helper and an unprivileged process cannot raise
 * them: every call must fail. */
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

#include <sys/resource.h>

int main(void)
{
    read_input();
    static const struct {
        int r;
        const char *n;
    } rs[] = {{RLIMIT_CPU, "CPU"},       {RLIMIT_FSIZE, "FSIZE"},     {RLIMIT_NPROC, "NPROC"},
              {RLIMIT_NOFILE, "NOFILE"}, {RLIMIT_STACK, "STACK"},     {RLIMIT_MEMLOCK, "MEMLOCK"},
              {RLIMIT_MSGQUEUE, "MSGQUEUE"}, {RLIMIT_CORE, "CORE"}};
    for (size_t i = 0; i < sizeof rs / sizeof rs[0]; i++) {
        struct rlimit cur;
        getrlimit(rs[i].r, &cur);
        if (cur.rlim_max == RLIM_INFINITY)
            continue; /* nothing to raise */
        struct rlimit inf = {RLIM_INFINITY, RLIM_INFINITY};
        if (setrlimit(rs[i].r, &inf) == 0)
            leak("raised RLIMIT_%s to infinity", rs[i].n);
        if (prlimit(0, rs[i].r, &inf, NULL) == 0)
            leak("prlimit raised RLIMIT_%s", rs[i].n);
    }
    struct rlimit one = {1, 1};
    if (prlimit(1, RLIMIT_NOFILE, &one, NULL) == 0)
        leak("prlimit changed pid 1's limits");
    return finish();
}
