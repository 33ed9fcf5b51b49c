// expect: success
/* kill(-1, SIGKILL): signal every process the program may signal. In its own
 * PID namespace, as an unprivileged uid, that is only its own processes (a
 * child here); the helper (pid 1, root) and the host are out of reach. The
 * program survives (kill(-1) spares the caller) and prints OK; the helper must
 * still answer, so the verdict is Accepted and not an internal error. */
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
    pid_t c = fork();
    if (c == 0) {
        pause();
        _exit(0);
    }
    kill(-1, SIGKILL);
    kill(-1, SIGSTOP);
    kill(-1, SIGTERM);
    int st = 0;
    if (c > 0 && waitpid(c, &st, 0) == c && !(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL))
        leak("own child was not killed by kill(-1, SIGKILL)");
    return finish();
}
