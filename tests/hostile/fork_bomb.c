// expect: time_limit_exceeded runtime_error memory_limit_exceeded
/* Fork bomb: every process forks forever. The pids cgroup and RLIMIT_NPROC cap
 * the tasks, the CPU limit ends the run and the helper kills every process of
 * it; the harness then finds no survivor. The 64 processes' kernel memory
 * (measured here: ~90 MiB at peak) may also reach the package's 64 MiB memory
 * limit first, so Memory Limit Exceeded is a truthful verdict too. */
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

int main(void)
{
    for (;;)
        fork();
}
