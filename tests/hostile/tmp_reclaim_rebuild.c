// expect: success
// tests: 3
// stderr-not: sandbox_retry
/* Files left in /tmp must not cost the slot its cgroup: test 1 fills /tmp
 * with 40 MiB of files (tmpfs pages are charged to the slot's memory cgroup,
 * and none of it can be reclaimed without swap) and exits 0. /tmp is emptied
 * before the next run, so tests 2 and 3 find the slot as new: Accepted, and
 * the sandbox never failed a run over it (no rebuild, no event=sandbox_retry). */
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
    read_input();
    if (testno == 1) {
        static char buf[1 << 20];
        memset(buf, 'x', sizeof buf);
        for (int i = 0; i < 40; i++) {
            char name[64];
            snprintf(name, sizeof name, "/tmp/lcpwn-fill-%d", i);
            int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd < 0) {
                leak("cannot create %s: %s", name, strerror(errno));
                break;
            }
            if (write(fd, buf, sizeof buf) != (ssize_t)sizeof buf) {
                leak("short write to %s: %s", name, strerror(errno));
                close(fd);
                break;
            }
            close(fd);
        }
    }
    return finish();
}
