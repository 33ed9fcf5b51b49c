// expect: success
/* Tamper with the test data through standard input: fd 0 is the host's own
 * test file. Write to it, truncate it, fchmod/fchown it, punch a hole,
 * reopen /proc/self/fd/0 read-write, take a lease. All must fail, and the
 * harness checks every file of the package is unchanged. */
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

#include <fcntl.h>
#include <sys/stat.h>

int main(void)
{
    read_input();
    if (write(0, "lcpwn", 5) >= 0)
        leak("wrote to stdin");
    if (ftruncate(0, 0) == 0)
        leak("truncated stdin");
    if (fchmod(0, 0666) == 0)
        leak("fchmod stdin");
    if (fchown(0, getuid(), getgid()) == 0)
        leak("fchown stdin");
    if (fallocate(0, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 4) == 0)
        leak("punched a hole in stdin");
    int fd = open("/proc/self/fd/0", O_RDWR);
    if (fd >= 0) {
        leak("reopened stdin read-write");
        close(fd);
    }
    fd = open("/proc/self/fd/0", O_WRONLY | O_APPEND);
    if (fd >= 0) {
        leak("reopened stdin for appending");
        close(fd);
    }
    if (fcntl(0, F_SETLEASE, F_WRLCK) == 0)
        leak("took a write lease on stdin");
    return finish();
}
