// expect: success
/* Write outside the work dir: create files in /usr, /etc, /, /box (read-only
 * during a run), /bin, /lib, /proc, /dev and at the canary's host path; open
 * host binaries and the loader cache for writing (never truncating: if an open
 * succeeds it is only reported); chmod, rename, unlink, utime and symlink on
 * read-only paths. All must fail. /tmp must stay writable (sanity). */
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
#include <utime.h>

static void try_create(const char *p)
{
    int fd = open(p, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd >= 0) {
        leak("created %s", p);
        close(fd);
        unlink(p);
    }
    if (mkdir(p, 0755) == 0) {
        leak("mkdir %s", p);
        rmdir(p);
    }
}

static void try_open_w(const char *p)
{
    int fd = open(p, O_WRONLY | O_APPEND);
    if (fd >= 0) {
        leak("opened %s for writing", p);
        close(fd);
    }
}

int main(void)
{
    read_input();
    static const char *dirs[] = {"/usr", "/usr/bin", "/etc", "", "/box", "/bin", "/lib", "/proc",
                                 "/dev", "/etc/alternatives", "/usr/lib", "/proc/self"};
    char p[4200];
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        snprintf(p, sizeof p, "%s/lcpwn", dirs[i]);
        try_create(p);
    }
    if (canary[0]) {
        try_open_w(canary);
        try_create(canary);
        snprintf(p, sizeof p, "%s.lcpwn", canary);
        try_create(p);
    }
    static const char *files[] = {"/usr/bin/true", "/etc/ld.so.cache", "/bin/sh",
                                  "/usr/bin/gcc", "/usr/bin/python3", "/box/main"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        try_open_w(files[i]);
        if (chmod(files[i], 04777) == 0)
            leak("chmod %s", files[i]);
        if (utime(files[i], NULL) == 0)
            leak("utime %s", files[i]);
        if (access(files[i], W_OK) == 0)
            leak("%s is writable", files[i]);
    }
    if (rename("/usr/bin/true", "/usr/bin/lcpwn") == 0)
        leak("renamed /usr/bin/true");
    if (unlink("/etc/ld.so.cache") == 0)
        leak("unlinked /etc/ld.so.cache");
    if (symlink("/tmp", "/usr/lcpwn-link") == 0)
        leak("symlink in /usr");
    if (link("/usr/bin/true", "/tmp/lcpwn-hardlink") == 0)
        unlink("/tmp/lcpwn-hardlink"); /* cross-mount: should fail, harmless if not */
    int fd = open("/tmp/lcpwn-sanity", O_WRONLY | O_CREAT, 0644);
    if (fd < 0)
        leak("sanity: /tmp is not writable (%s): this test proves nothing", strerror(errno));
    else
        close(fd);
    return finish();
}
