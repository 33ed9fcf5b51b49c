// expect: success
/* Mount-table attacks: mount a tmpfs, bind /box elsewhere, remount / and /usr
 * read-write, unmount /box, /proc and /tmp, pivot_root, chroot, and the new
 * mount API (fsopen, open_tree, move_mount). seccomp denies them and the
 * program has no capabilities: all must fail. */
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

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>

int main(void)
{
    read_input();
    mkdir("/tmp/lcpwn-mnt", 0755);
    if (mount("none", "/tmp/lcpwn-mnt", "tmpfs", 0, NULL) == 0)
        leak("mounted a tmpfs");
    if (mount("/box", "/tmp/lcpwn-mnt", NULL, MS_BIND, NULL) == 0)
        leak("bind-mounted /box");
    if (mount(NULL, "/", NULL, MS_REMOUNT | MS_BIND, NULL) == 0)
        leak("remounted / read-write");
    if (mount(NULL, "/usr", NULL, MS_REMOUNT | MS_BIND, NULL) == 0)
        leak("remounted /usr read-write");
    if (mount(NULL, "/box", NULL, MS_REMOUNT | MS_BIND, NULL) == 0)
        leak("remounted /box read-write");
    static const char *um[] = {"/box", "/proc", "/tmp", "/usr", "/"};
    for (size_t i = 0; i < sizeof um / sizeof um[0]; i++)
        if (umount2(um[i], MNT_DETACH) == 0)
            leak("unmounted %s", um[i]);
    if (syscall(SYS_pivot_root, "/tmp", "/tmp/lcpwn-mnt") == 0)
        leak("pivot_root succeeded");
    if (chroot("/tmp") == 0)
        leak("chroot succeeded");
    int fd = (int)syscall(SYS_fsopen, "tmpfs", 0);
    if (fd >= 0)
        leak("fsopen(tmpfs) succeeded");
    fd = (int)syscall(SYS_open_tree, -100, "/box", 1 /* OPEN_TREE_CLONE */);
    if (fd >= 0)
        leak("open_tree(/box, CLONE) succeeded");
    if (syscall(SYS_move_mount, -100, "/box", -100, "/tmp/lcpwn-mnt", 0) == 0)
        leak("move_mount succeeded");
    if (syscall(SYS_mount_setattr, -100, "/box", 0, NULL, 0) == 0)
        leak("mount_setattr succeeded");
    return finish();
}
