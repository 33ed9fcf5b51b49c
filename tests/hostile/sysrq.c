// expect: success
/* Magic SysRq and kernel knobs: open /proc/sysrq-trigger and
 * /proc/sys/kernel/sysrq, core_pattern, modprobe, vm/drop_caches for writing.
 * Only /proc/sysrq-trigger is ever written, and only with 'h' (print help:
 * harmless) so that even a broken sandbox does no damage. All opens must fail. */
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

int main(void)
{
    read_input();
    int fd = open("/proc/sysrq-trigger", O_WRONLY);
    if (fd >= 0) {
        if (write(fd, "h", 1) == 1)
            leak("wrote to /proc/sysrq-trigger");
        else
            leak("opened /proc/sysrq-trigger for writing");
        close(fd);
    }
    static const char *knobs[] = {"/proc/sys/kernel/sysrq", "/proc/sys/kernel/core_pattern",
                                  "/proc/sys/kernel/modprobe", "/proc/sys/vm/drop_caches",
                                  "/proc/sys/kernel/panic", "/proc/sys/fs/suid_dumpable",
                                  "/proc/sys/kernel/shm_rmid_forced", "/proc/self/oom_score_adj"};
    for (size_t i = 0; i < sizeof knobs / sizeof knobs[0]; i++) {
        fd = open(knobs[i], O_WRONLY);
        if (fd >= 0) {
            /* oom_score_adj may be raised by anyone (not lowered): only writing a
             * negative value would be a leak */
            if (i == 7) {
                if (write(fd, "-1000", 5) == 5)
                    leak("lowered own oom_score_adj to -1000");
            } else {
                leak("opened %s for writing", knobs[i]);
            }
            close(fd);
        }
    }
    return finish();
}
