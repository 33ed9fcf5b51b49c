// expect: success
/* Privilege: setuid/setgid/setresuid/setreuid/setfsuid to root, setgroups,
 * capset with every capability, raising ambient capabilities, keepcaps; then
 * checks the result in /proc/self/status: the program must still be its slot
 * uid (60000+N) with no capabilities, NoNewPrivs 1 and a seccomp filter. */
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

#include <grp.h>
#include <linux/capability.h>
#include <sys/fsuid.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

int main(void)
{
    read_input();
    if (setuid(0) == 0) leak("setuid(0) succeeded");
    if (setgid(0) == 0) leak("setgid(0) succeeded");
    if (setresuid(0, 0, 0) == 0) leak("setresuid(0) succeeded");
    if (setresgid(0, 0, 0) == 0) leak("setresgid(0) succeeded");
    if (setreuid(0, 0) == 0) leak("setreuid(0) succeeded");
    gid_t g = 0;
    if (setgroups(1, &g) == 0) leak("setgroups([0]) succeeded");
    setfsuid(0);
    if (setfsuid((uid_t)-1) == 0) leak("setfsuid(0) took effect");
    struct __user_cap_header_struct h = {.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0};
    struct __user_cap_data_struct d[2];
    memset(d, 0xff, sizeof d);
    if (syscall(SYS_capset, &h, d) == 0) leak("capset(all) succeeded");
    for (int c = 0; c < 41; c++)
        if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, c, 0, 0) == 0)
            leak("raised ambient capability %d", c);
    if (prctl(PR_SET_NO_NEW_PRIVS, 0, 0, 0, 0) == 0 && prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 0)
        leak("cleared no_new_privs");
    if (getuid() == 0 || geteuid() == 0 || getgid() == 0 || getegid() == 0)
        leak("running as root (uid %d euid %d)", (int)getuid(), (int)geteuid());
    if (getuid() < 60000 || getuid() > 60255)
        leak("uid %d is not a sandbox uid", (int)getuid());
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    while (f && fgets(line, sizeof line, f)) {
        unsigned long long v;
        if ((sscanf(line, "CapEff: %llx", &v) == 1 || sscanf(line, "CapPrm: %llx", &v) == 1 ||
             sscanf(line, "CapAmb: %llx", &v) == 1 || sscanf(line, "CapInh: %llx", &v) == 1) && v)
            leak("capabilities: %s", line);
        if (sscanf(line, "NoNewPrivs: %llu", &v) == 1 && v != 1)
            leak("NoNewPrivs is %llu", v);
        if (sscanf(line, "Seccomp: %llu", &v) == 1 && v != 2)
            leak("no seccomp filter (Seccomp: %llu)", v);
        if (sscanf(line, "Groups: %llu", &v) == 1)
            leak("supplementary groups: %s", line);
    }
    if (f)
        fclose(f);
    return finish();
}
