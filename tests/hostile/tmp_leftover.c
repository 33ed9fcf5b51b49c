// expect: success
// tests: 2
/* Leftovers between runs: test 1 writes /tmp/lcpwn-marker, /dev/shm/lcpwn-marker
 * (/dev/shm is /tmp here), a hidden file, an empty file, an empty directory,
 * and a user xattr on /tmp itself; test 2 must find /tmp empty and none of it.
 * Each run gets a fresh /tmp whenever the last one left anything. */
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
#include <sys/stat.h>
#include <sys/xattr.h>

static void put(const char *p, const char *data)
{
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (fd < 0)
        return;
    if (data && write(fd, data, strlen(data)) < 0)
        leak("write %s failed", p);
    close(fd);
}

int main(void)
{
    read_input();
    if (testno == 1) {
        put("/tmp/lcpwn-marker", "secret of test 1\n");
        put("/dev/shm/lcpwn-marker", "secret of test 1\n");
        put("/tmp/.lcpwn-hidden", "x");
        put("/tmp/lcpwn-empty", NULL);
        mkdir("/tmp/lcpwn-dir", 0777);
        setxattr("/tmp", "user.lcpwn", "1", 1, 0);
        return finish();
    }
    DIR *d = opendir("/tmp");
    if (d) {
        struct dirent *de;
        while ((de = readdir(d)) != NULL)
            if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
                leak("/tmp/%s is left over from test 1", de->d_name);
        closedir(d);
    }
    struct stat st;
    if (stat("/dev/shm/lcpwn-marker", &st) == 0)
        leak("/dev/shm/lcpwn-marker is left over from test 1");
    char v[8];
    if (getxattr("/tmp", "user.lcpwn", v, sizeof v) >= 0)
        leak("the xattr on /tmp is left over from test 1");
    return finish();
}
