// expect: success
/* Host-wide AIO exhaustion: io_setup takes kernel AIO contexts out of one
 * machine-wide pool (fs.aio-max-nr, 65536 here), which no cgroup or rlimit
 * caps: one run took them all and every other process's io_setup failed.
 * Asynchronous I/O is not on any family's allow list: every call must fail
 * (ENOSYS), as must io_submit, io_getevents, io_pgetevents and io_destroy. */
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
    int got = 0, first_errno = 0;
    for (int i = 0; i < 4096; i++) {
        unsigned long ctx = 0;
        long r = syscall(SYS_io_setup, 128, &ctx);
        if (r == 0) {
            got++;
            continue; /* kept: a real attack would hold them */
        }
        if (!first_errno)
            first_errno = errno;
        if (errno != ENOSYS && errno != EPERM)
            leak("io_setup failed with %s, not ENOSYS/EPERM", strerror(errno));
        break;
    }
    if (got)
        leak("io_setup created %d AIO contexts", got);
    long iocbs[1] = {0};
    if (syscall(SYS_io_submit, 0UL, 1L, iocbs) >= 0 || (errno != ENOSYS && errno != EPERM))
        leak("io_submit was not refused (%s)", strerror(errno));
    if (syscall(SYS_io_getevents, 0UL, 0L, 1L, NULL, NULL) >= 0 ||
        (errno != ENOSYS && errno != EPERM))
        leak("io_getevents was not refused (%s)", strerror(errno));
    if (syscall(SYS_io_pgetevents, 0UL, 0L, 1L, NULL, NULL, NULL) >= 0 ||
        (errno != ENOSYS && errno != EPERM))
        leak("io_pgetevents was not refused (%s)", strerror(errno));
    if (syscall(SYS_io_destroy, 0UL) >= 0 || (errno != ENOSYS && errno != EPERM))
        leak("io_destroy was not refused (%s)", strerror(errno));
    return finish();
}
