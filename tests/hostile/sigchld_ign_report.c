// expect: success
// min-runtime: 0.6
// min-memory: 40960
/* Runtime and memory of auto-reaped children: SIGCHLD is SIG_IGN, so wait4's
 * rusage never includes them. Three children, one after the other, each touch
 * 40 MiB and burn 0.25 s of CPU (0.75 s in all: under the 1 s limit, and
 * 40 MiB under the 64 MiB one); the main process stays tiny. Accepted, with
 * a runtime of at least 0.6 s and a memory of at least 40 MiB: the slot's
 * cgroup counts every process of the run. */
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


#include <signal.h>
#include <sys/wait.h>
#include <time.h>

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static volatile unsigned long sink;

int main(void)
{
    read_input();
    signal(SIGCHLD, SIG_IGN);
    for (int i = 0; i < 3; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            size_t sz = 42u << 20;
            volatile char *p = malloc(sz);
            if (!p)
                _exit(1);
            for (size_t k = 0; k < sz; k += 4096)
                p[k] = 1;
            unsigned long x = 0;
            while (cpu_now() < 0.25)
                for (int k = 0; k < 10000; k++)
                    x += (unsigned long)k * 2654435761u;
            sink = x;
            _exit(0);
        }
        if (pid < 0)
            return 3;
        /* with SIG_IGN, waitpid blocks until the child is gone, then ECHILD */
        while (waitpid(pid, NULL, 0) >= 0 || errno == EINTR)
            ;
    }
    return finish();
}
