// expect: success
/* io_uring: io_uring_setup (an asynchronous path around seccomp's per-syscall
 * checks and a frequent source of kernel bugs), io_uring_enter and
 * io_uring_register. seccomp makes them ENOSYS: all must fail. */
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

int main(void)
{
    read_input();
    char params[120];
    memset(params, 0, sizeof params);
    long fd = syscall(SYS_io_uring_setup, 8, params);
    if (fd >= 0)
        leak("io_uring_setup returned fd %ld", fd);
    if (syscall(SYS_io_uring_enter, 0, 0, 0, 0, NULL, 0) == 0)
        leak("io_uring_enter succeeded");
    if (syscall(SYS_io_uring_register, 0, 0, NULL, 0) == 0)
        leak("io_uring_register succeeded");
    return finish();
}
