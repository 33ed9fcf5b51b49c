// expect: success
/* System calls newer than the sandbox's table (listmount 458, statmount 457,
 * open_tree_attr 467: mount-table queries and mount creation), the highest
 * numbers this kernel may know (462-469) and unassigned ones (470, 500, 1000):
 * an allow list refuses whatever it does not name, so each must return -1
 * with ENOSYS (or EPERM), never succeed and never kill. */
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

static void refused(long nr, const char *name)
{
    char buf[512];
    memset(buf, 0, sizeof buf);
    long r = syscall(nr, buf, sizeof buf, buf, 0, 0, 0);
    if (r >= 0)
        leak("%s (%ld) succeeded: %ld", name, nr, r);
    else if (errno != ENOSYS && errno != EPERM)
        leak("%s (%ld) failed with %s, not ENOSYS/EPERM", name, nr, strerror(errno));
}

int main(void)
{
    read_input();
    refused(457, "statmount");
    refused(458, "listmount");
    refused(467, "open_tree_attr");
    refused(428, "open_tree");
    refused(451, "cachestat");
    for (long nr = 462; nr <= 469; nr++)
        refused(nr, "a new system call");
    refused(470, "unassigned");
    refused(500, "unassigned");
    refused(1000, "unassigned");
    return finish();
}
