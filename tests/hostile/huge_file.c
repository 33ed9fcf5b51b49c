// expect: output_limit_exceeded
/* One file past the file size cap: write 4 MiB into /tmp/lcpwn-huge (the cap
 * is the output limit, 1 MiB), retrying short writes as stdio does. The
 * write that starts at the cap gets SIGXFSZ: Output Limit Exceeded. */
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
    static char buf[64 * 1024];
    memset(buf, 'y', sizeof buf);
    int fd = open("/tmp/lcpwn-huge", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return 1;
    /* like stdio: a short write is retried with the rest; the write that
     * starts at the cap gets SIGXFSZ */
    for (int i = 0; i < 64; i++)
        for (size_t off = 0; off < sizeof buf;) {
            ssize_t n = write(fd, buf + off, sizeof buf - off);
            if (n <= 0)
                return 1;
            off += (size_t)n;
        }
    close(fd);
    puts("LEAK: wrote a 4 MiB file");
    return 0;
}
