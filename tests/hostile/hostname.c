// expect: success
/* Change the hostname and domain name (sethostname, setdomainname, writing
 * /proc/sys/kernel/hostname). The run has its own UTS namespace, seccomp
 * denies the calls and the program is not root: all must fail, uname must say
 * "litecode", and the harness checks the host's hostname is unchanged. */
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
#include <sys/utsname.h>

int main(void)
{
    read_input();
    if (sethostname("lcpwn", 5) == 0)
        leak("sethostname succeeded");
    if (setdomainname("lcpwn", 5) == 0)
        leak("setdomainname succeeded");
    int fd = open("/proc/sys/kernel/hostname", O_WRONLY);
    if (fd >= 0) {
        leak("opened /proc/sys/kernel/hostname for writing");
        close(fd);
    }
    struct utsname u;
    if (uname(&u) == 0 && strcmp(u.nodename, "litecode") != 0)
        leak("hostname inside is %s, not litecode", u.nodename);
    return finish();
}
