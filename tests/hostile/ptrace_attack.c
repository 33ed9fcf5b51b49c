// expect: success
/* ptrace: PTRACE_TRACEME, then PTRACE_ATTACH/SEIZE to an own child, to the
 * helper (pid 1) and to the harness's pid; process_vm_readv of pid 1; open
 * /proc/1/mem. seccomp denies ptrace and process_vm_*: all must fail. */
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
#include <fcntl.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/wait.h>

int main(void)
{
    read_input();
    if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) == 0)
        leak("PTRACE_TRACEME succeeded");
    pid_t c = fork();
    if (c == 0) {
        for (;;)
            pause();
    }
    pid_t targets[] = {c, 1, hostpid, 0};
    for (int i = 0; targets[i] > 0; i++) {
        if (ptrace(PTRACE_ATTACH, targets[i], NULL, NULL) == 0) {
            leak("PTRACE_ATTACH %d succeeded", targets[i]);
            ptrace(PTRACE_DETACH, targets[i], NULL, NULL);
        }
        if (ptrace(PTRACE_SEIZE, targets[i], NULL, NULL) == 0) {
            leak("PTRACE_SEIZE %d succeeded", targets[i]);
            ptrace(PTRACE_DETACH, targets[i], NULL, NULL);
        }
    }
    char buf[64];
    struct iovec l = {buf, sizeof buf}, r = {(void *)0x400000, sizeof buf};
    if (process_vm_readv(1, &l, 1, &r, 1, 0) >= 0)
        leak("process_vm_readv(1) succeeded");
    if (c > 0 && process_vm_readv(c, &l, 1, &r, 1, 0) >= 0)
        leak("process_vm_readv(child) succeeded");
    if (open("/proc/1/mem", O_RDONLY) >= 0)
        leak("opened /proc/1/mem");
    if (c > 0) {
        kill(c, SIGKILL);
        waitpid(c, NULL, 0);
    }
    return finish();
}
