// expect: success
// tests: 2
/* Planted symlinks: in test 1 create symlinks in /tmp and /box (read-only in a
 * run) pointing at /etc/shadow, the canary's host path, /run/litecode,
 * /proc/1/root and the harness's /proc entry, a hard link to a host file, and
 * read through each. Nothing may be readable, /box must refuse, and the host
 * must be unchanged (the harness checks). Test 2 checks that none of test 1's
 * links is still there. */
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

static const char *targets[] = {"/etc/shadow", "/run/litecode", "/proc/1/root", "/proc/1/environ",
                                 "/root", "/", NULL};

static void try_read(const char *p)
{
    int fd = open(p, O_RDONLY);
    if (fd < 0)
        return;
    char b[64];
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && read(fd, b, sizeof b) > 0)
        leak("read through %s", p);
    close(fd);
}

int main(void)
{
    read_input();
    char lnk[256], hp[4200];
    if (testno == 1) {
        for (int i = 0; targets[i]; i++) {
            snprintf(lnk, sizeof lnk, "/tmp/lcpwn-link-%d", i);
            if (symlink(targets[i], lnk) == 0 && strcmp(targets[i], "/")) /* "/" is fine */
                try_read(lnk);
            snprintf(lnk, sizeof lnk, "/box/lcpwn-link-%d", i);
            if (symlink(targets[i], lnk) == 0)
                leak("planted %s in /box during a run", lnk);
        }
        if (symlink(canary, "/tmp/lcpwn-canary") == 0)
            try_read("/tmp/lcpwn-canary");
        snprintf(hp, sizeof hp, "/proc/%d/root%s", hostpid, canary);
        if (symlink(hp, "/tmp/lcpwn-hostroot") == 0)
            try_read("/tmp/lcpwn-hostroot");
        if (link("/etc/ld.so.cache", "/tmp/lcpwn-hardlink") == 0)
            leak("hard-linked a read-only host file into /tmp");
        if (mkfifo("/tmp/lcpwn-fifo", 0666) == 0) {
            /* a FIFO is harmless inside; it must be gone next run */
        }
    } else {
        for (int i = 0; targets[i]; i++) {
            struct stat st;
            snprintf(lnk, sizeof lnk, "/tmp/lcpwn-link-%d", i);
            if (lstat(lnk, &st) == 0)
                leak("%s survived into the next run", lnk);
        }
        struct stat st;
        if (lstat("/tmp/lcpwn-canary", &st) == 0 || lstat("/tmp/lcpwn-fifo", &st) == 0)
            leak("test 1's files survived into test 2");
    }
    return finish();
}
