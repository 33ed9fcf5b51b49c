// expect: success
/* /sys: list /sys, the cgroup tree (to move out of the slot's cgroup or raise
 * its limits), kernel and firmware entries, the network devices. No sysfs is
 * mounted in the sandbox: every one must be absent or empty, and nothing
 * under /sys/fs/cgroup may be writable. */
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

int main(void)
{
    read_input();
    static const char *dirs[] = {"/sys", "/sys/fs/cgroup", "/sys/fs/cgroup/memory", "/sys/kernel",
                                 "/sys/firmware", "/sys/class/net", "/sys/block", "/sys/devices"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        DIR *d = opendir(dirs[i]);
        if (!d)
            continue;
        struct dirent *de;
        while ((de = readdir(d)) != NULL)
            if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
                leak("%s lists %s", dirs[i], de->d_name);
                break;
            }
        closedir(d);
    }
    static const char *w[] = {"/sys/fs/cgroup/memory/cgroup.procs", "/sys/fs/cgroup/cgroup.procs",
                              "/sys/kernel/uevent_helper", "/sys/fs/cgroup/memory/release_agent"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
        int fd = open(w[i], O_WRONLY);
        if (fd >= 0) {
            leak("opened %s for writing", w[i]);
            close(fd);
        }
    }
    return finish();
}
