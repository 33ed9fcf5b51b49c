// expect: success
/* Read other processes through /proc: the harness (/proc/HOSTPID/environ holds a
 * secret), the helper (/proc/1/environ, cmdline, root, fd, mem, maps, mountinfo)
 * and every pid the program can see. The run has its own PID namespace and
 * /proc is mounted with hidepid=2: nothing but the program itself may show. */
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

static void try_file(const char *p)
{
    int fd = open(p, O_RDONLY);
    if (fd < 0)
        return;
    char b[256];
    ssize_t n = read(fd, b, sizeof b - 1);
    if (n > 0) {
        for (ssize_t i = 0; i < n; i++)
            if ((unsigned char)b[i] < 32)
                b[i] = ' ';
        b[n] = '\0';
        leak("read %s: %.60s", p, b);
    }
    close(fd);
}

int main(void)
{
    read_input();
    char p[256];
    static const char *what[] = {"environ", "cmdline", "status", "maps", "mountinfo", "mem",
                                 "stack", "syscall", "cgroup", "root/proc/1/environ"};
    int pids[] = {hostpid, 1, 0};
    for (int i = 0; pids[i]; i++)
        for (size_t w = 0; w < sizeof what / sizeof what[0]; w++) {
            snprintf(p, sizeof p, "/proc/%d/%s", pids[i], what[w]);
            try_file(p);
        }
    static const char *links[] = {"/proc/1/root", "/proc/1/cwd", "/proc/1/exe", "/proc/1/fd/3"};
    for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
        char t[512];
        ssize_t n = readlink(links[i], t, sizeof t - 1);
        if (n >= 0) {
            t[n] = '\0';
            leak("readlink %s: %s", links[i], t);
        }
    }
    /* every pid visible: only our own may show */
    DIR *d = opendir("/proc");
    if (d) {
        struct dirent *de;
        int self = getpid();
        while ((de = readdir(d)) != NULL) {
            int pid = atoi(de->d_name);
            if (pid > 0 && pid != self)
                leak("/proc shows pid %d", pid);
        }
        closedir(d);
    }
    return finish();
}
