// expect: success
/* Read the harness's canary: a host file (mode 0600) under a fresh host temp
 * dir, by its path, through its directory, through /proc/HOSTPID/root and
 * /proc/1/root. None of it exists inside the sandbox. The harness also checks
 * that the canary's secret never appears in the judge's output. */
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

#include <dirent.h>
#include <fcntl.h>
#include <libgen.h>

static void try_file(const char *p)
{
    int fd = open(p, O_RDONLY);
    if (fd < 0)
        return;
    char b[128];
    ssize_t n = read(fd, b, sizeof b - 1);
    if (n >= 0) {
        b[n] = '\0';
        b[strcspn(b, "\n")] = '\0';
        leak("opened %s: %s", p, b);
    }
    close(fd);
}

int main(void)
{
    read_input();
    char p[8192];
    try_file(canary);
    snprintf(p, sizeof p, "/proc/%d/root%s", hostpid, canary);
    try_file(p);
    snprintf(p, sizeof p, "/proc/1/root%s", canary);
    try_file(p);
    snprintf(p, sizeof p, "/proc/self/root%s", canary);
    try_file(p);
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", canary);
    DIR *d = opendir(dirname(dir));
    if (d) {
        leak("opened the canary's directory %s", dir);
        closedir(d);
    }
    if (access(canary, F_OK) == 0)
        leak("the canary path %s exists in the sandbox", canary);
    return finish();
}
