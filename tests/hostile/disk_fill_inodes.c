// expect: output_limit_exceeded runtime_error
/* Disk fill without memory: create empty files in /tmp until it runs out of
 * inodes (ENOSPC: the per-run tmpfs has a few thousand), then exit 1. Unlike
 * disk_fill.c, almost no memory is used, so the run ends on the full disk:
 * the judge's disk-full Output Limit Exceeded (or RE for the exit 1). The next
 * run must get an empty /tmp (see tmp_leftover.c). */
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

int main(void)
{
    for (int i = 0; i < 1000000; i++) {
        char path[64];
        snprintf(path, sizeof path, "/tmp/lcpwn-%d", i);
        int fd = open(path, O_WRONLY | O_CREAT, 0644);
        if (fd < 0) {
            fprintf(stderr, "open %s: %s\n", path, strerror(errno));
            return 1;
        }
        close(fd);
    }
    puts("LEAK: created a million files in /tmp");
    return 0;
}
