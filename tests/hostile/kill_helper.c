// expect: success
/* Signal the helper (pid 1 of the run's namespace, root) and its parent: kill,
 * tgkill, sigqueue and pidfd_send_signal with SIGKILL, SIGTERM, SIGSTOP and
 * SIGSEGV to pid 1, to getppid() and to the harness's host pid. Every call
 * must fail (EPERM/ESRCH); if the helper died the judge would report an
 * internal error. */
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
#include <sys/syscall.h>

int main(void)
{
    read_input();
    int sigs[] = {SIGKILL, SIGTERM, SIGSTOP, SIGSEGV, SIGINT, SIGHUP, 0};
    pid_t targets[] = {1, getppid(), hostpid, 0};
    for (int t = 0; targets[t]; t++) {
        for (int s = 0; s < 7; s++) {
            if (kill(targets[t], sigs[s]) == 0)
                leak("kill(%d, %d) succeeded", targets[t], sigs[s]);
            if (syscall(SYS_tgkill, targets[t], targets[t], sigs[s]) == 0)
                leak("tgkill(%d, %d) succeeded", targets[t], sigs[s]);
        }
        union sigval v = {.sival_int = 0};
        if (sigqueue(targets[t], SIGTERM, v) == 0)
            leak("sigqueue(%d) succeeded", targets[t]);
        int pfd = (int)syscall(SYS_pidfd_open, targets[t], 0);
        if (pfd >= 0) {
            if (syscall(SYS_pidfd_send_signal, pfd, SIGKILL, NULL, 0) == 0)
                leak("pidfd_send_signal(%d, SIGKILL) succeeded", targets[t]);
            close(pfd);
        }
    }
    if (kill(-1, 0) == 0) {
        /* only our own processes; fine */
    }
    usleep(100 * 1000);
    return finish();
}
