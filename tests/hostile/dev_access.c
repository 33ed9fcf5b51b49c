// expect: success
/* Devices: open /dev/mem, /dev/kmem, /dev/port, /dev/kmsg, the raw disks
 * (/dev/vda, /dev/sda, /dev/nvme0n1), /dev/console, ttys, /dev/kvm, tun, fuse,
 * loop devices, /proc/kcore and /proc/kmsg; make a device node with mknod.
 * Only /dev/{null,zero,full,random,urandom} exist inside: all the others must
 * fail (and those five must work: sanity). */
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
#include <sys/sysmacros.h>

int main(void)
{
    read_input();
    static const char *devs[] = {"/dev/mem", "/dev/kmem", "/dev/port", "/dev/kmsg", "/dev/vda",
                                 "/dev/vdb", "/dev/sda", "/dev/nvme0n1", "/dev/console", "/dev/tty",
                                 "/dev/tty0", "/dev/ttyS0", "/dev/kvm", "/dev/net/tun", "/dev/fuse",
                                 "/dev/loop0", "/dev/loop-control", "/dev/vsock", "/dev/ptmx",
                                 "/dev/cpu/0/msr", "/dev/hwrng", "/proc/kcore", "/proc/kmsg",
                                 "/dev/disk/by-id", "/dev/mapper/control"};
    for (size_t i = 0; i < sizeof devs / sizeof devs[0]; i++) {
        int fd = open(devs[i], O_RDONLY | O_NONBLOCK);
        if (fd >= 0) {
            leak("opened %s", devs[i]);
            close(fd);
        }
    }
    if (mknod("/tmp/lcpwn-mem", S_IFCHR | 0666, makedev(1, 1)) == 0)
        leak("mknod /dev/mem's twin in /tmp succeeded");
    if (mknod("/tmp/lcpwn-vda", S_IFBLK | 0666, makedev(254, 0)) == 0)
        leak("mknod a block device succeeded");
    static const char *ok[] = {"/dev/null", "/dev/zero", "/dev/urandom"};
    for (size_t i = 0; i < 3; i++) {
        int fd = open(ok[i], O_RDONLY);
        char b[4];
        if (fd < 0 || read(fd, b, sizeof b) < 0)
            leak("sanity: %s does not work", ok[i]);
        if (fd >= 0)
            close(fd);
    }
    return finish();
}
