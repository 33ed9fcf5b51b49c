// expect: output_limit_exceeded runtime_error memory_limit_exceeded
/* Disk fill: write 512 KiB files into /tmp (each under the file size cap)
 * until a write fails (ENOSPC: /tmp is a 64 MiB tmpfs; its pages also count
 * against the 64 MiB memory limit), then exit 1. Contained outcomes: the
 * disk-full OLE, RE for the exit, or MLE when memory runs out first, which is
 * what happens with this package (64 MiB of memory = the size of /tmp: the
 * memory cgroup kills the program before the tmpfs is full). The next run gets
 * a fresh /tmp (see tmp_leftover.c); disk_fill_inodes.c reaches ENOSPC. */
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
    static char buf[512 * 1024];
    memset(buf, 'x', sizeof buf);
    for (int i = 0;; i++) {
        char path[64];
        snprintf(path, sizeof path, "/tmp/lcpwn-fill-%d", i);
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) {
            fprintf(stderr, "open %s: %s\n", path, strerror(errno));
            return 1;
        }
        ssize_t n = write(fd, buf, sizeof buf);
        if (n != (ssize_t)sizeof buf) {
            fprintf(stderr, "write %s: %s\n", path, n < 0 ? strerror(errno) : "short");
            return 1;
        }
        close(fd);
    }
}
