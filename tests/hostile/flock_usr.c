// expect: success
/* A side channel between slots: /usr is one read-only mount shared by every
 * slot, and a lock needs only a read-only fd: two runs in different slots
 * can signal each other through flock or record locks on the same header
 * (and F_GETLK tells one whether another holds one). flock, fcntl F_SETLK,
 * F_SETLKW, F_GETLK and the OFD variants must all fail. */
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
#include <sys/file.h>

static void no_lock(int fd, int cmd, const char *name, short type)
{
    struct flock fl = {.l_type = type, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1};
    if (fcntl(fd, cmd, &fl) == 0)
        leak("fcntl(%s) on /usr/include/stdio.h succeeded", name);
}

int main(void)
{
    read_input();
    int fd = open("/usr/include/stdio.h", O_RDONLY);
    if (fd < 0) {
        leak("cannot open /usr/include/stdio.h (%s): nothing tested", strerror(errno));
        return finish();
    }
    if (flock(fd, LOCK_SH | LOCK_NB) == 0)
        leak("flock(LOCK_SH) on /usr/include/stdio.h succeeded");
    if (flock(fd, LOCK_EX | LOCK_NB) == 0)
        leak("flock(LOCK_EX) on /usr/include/stdio.h succeeded");
    no_lock(fd, F_SETLK, "F_SETLK", F_RDLCK);
    no_lock(fd, F_SETLKW, "F_SETLKW", F_RDLCK);
    no_lock(fd, F_GETLK, "F_GETLK", F_WRLCK);
    no_lock(fd, F_OFD_SETLK, "F_OFD_SETLK", F_RDLCK);
    no_lock(fd, F_OFD_SETLKW, "F_OFD_SETLKW", F_RDLCK);
    no_lock(fd, F_OFD_GETLK, "F_OFD_GETLK", F_WRLCK);
    close(fd);
    return finish();
}
