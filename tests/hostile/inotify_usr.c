// expect: success
/* A side channel between slots: /usr is one read-only mount shared by every
 * slot, and an inotify (or dnotify, or fanotify) watch on it sees which
 * headers and libraries other slots' compilers and runs open, as they do it.
 * inotify_init, inotify_init1, inotify_add_watch, fanotify_init and fcntl
 * F_NOTIFY must all fail. */
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
#include <signal.h>
#include <sys/fanotify.h>
#include <sys/inotify.h>
#include <sys/syscall.h>

int main(void)
{
    read_input();
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd >= 0) {
        leak("inotify_init1 returned fd %d", fd);
        if (inotify_add_watch(fd, "/usr/include", IN_ACCESS | IN_OPEN) >= 0)
            leak("inotify_add_watch on /usr/include succeeded");
        close(fd);
    }
#ifdef SYS_inotify_init
    long fd2 = syscall(SYS_inotify_init);
    if (fd2 >= 0) {
        leak("inotify_init returned fd %ld", fd2);
        close((int)fd2);
    }
#endif
    /* a watch on an fd that is not an inotify instance must still be refused
       by the filter, not by the kernel's argument check */
    if (syscall(SYS_inotify_add_watch, 0, "/usr/include", IN_ACCESS) >= 0 || errno == EBADF ||
        errno == EINVAL)
        leak("inotify_add_watch reached the kernel (%s)", strerror(errno));
    int fan = fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_FID, O_RDONLY);
    if (fan >= 0) {
        leak("fanotify_init returned fd %d", fan);
        if (fanotify_mark(fan, FAN_MARK_ADD | FAN_MARK_FILESYSTEM, FAN_OPEN, AT_FDCWD, "/usr") == 0)
            leak("fanotify_mark on /usr succeeded");
        close(fan);
    }
    int dir = open("/usr/include", O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        signal(SIGRTMIN, SIG_IGN);
        if (fcntl(dir, F_NOTIFY, DN_ACCESS | DN_MULTISHOT) == 0)
            leak("fcntl(F_NOTIFY) on /usr/include succeeded");
        close(dir);
    }
    return finish();
}
