// expect: runtime_error success
/* An x32 system call (getpid with __X32_SYSCALL_BIT, and x32's own numbers for
 * the denied unshare and ptrace). A filter that compares x86_64 numbers only
 * would let these through. Acceptable: the filter kills (SIGSYS, Runtime Error)
 * or every call fails; never may unshare or ptrace succeed. */
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

#include <sys/syscall.h>

#define X32 0x40000000L

int main(void)
{
    read_input();
    long r = syscall(X32 | SYS_getpid);
    (void)r;
    if (syscall(X32 | SYS_unshare, 0x10000000L /* CLONE_NEWUSER */) == 0)
        leak("x32 unshare(CLONE_NEWUSER) succeeded");
    if (syscall(X32 | 521 /* x32 ptrace */, 0 /* TRACEME */, 0, 0, 0) == 0)
        leak("x32 ptrace(TRACEME) succeeded");
    return finish();
}
