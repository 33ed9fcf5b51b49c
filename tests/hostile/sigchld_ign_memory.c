// expect: memory_limit_exceeded
/* Memory hidden in an auto-reaped child: SIGCHLD is set to SIG_IGN and a
 * child touches 100 MiB (the limit is 64 MiB), so the memory cgroup's OOM
 * killer ends the child while the main process, which only waits, exits 0
 * and prints OK. wait4 never reports the child (the kernel reaps it), so
 * only the slot's cgroup knows: Memory Limit Exceeded, never Accepted. */
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

int main(void)
{
    read_input();
    signal(SIGCHLD, SIG_IGN);
    pid_t pid = fork();
    if (pid == 0) {
        size_t sz = 100u << 20;
        volatile char *p = malloc(sz); /* volatile: the stores are not optimised away */
        if (p)
            for (size_t k = 0; k < sz; k += 4096)
                p[k] = 1;
        _exit(0);
    }
    if (pid < 0)
        return 3;
    /* with SIG_IGN, waitpid blocks until the child is gone, then ECHILD */
    while (waitpid(pid, NULL, 0) >= 0 || errno == EINTR)
        ;
    return finish();
}
