// expect: success
// tests: 2
/* A /tmp the cleaner cannot empty: test 1 nests 400 directories in /tmp (with
 * a file at the bottom), each made unreadable to others, and prints OK; test 2
 * is benign: it checks /tmp is empty and prints OK. The helper empties /tmp in
 * place between runs; if it gives up on the tree, test 2 (in a server: the
 * next submission in this slot) must still get a clean /tmp, never an
 * internal error and never test 1's files. */
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
#include <sys/stat.h>

int main(void)
{
    read_input();
    if (testno == 1) {
        if (chdir("/tmp") < 0)
            return 1;
        for (int i = 0; i < 400; i++)
            if (mkdir("d", 0700) < 0 || chdir("d") < 0)
                break;
        int fd = open("lcpwn-deep", O_WRONLY | O_CREAT, 0600);
        if (fd >= 0)
            close(fd);
        return finish();
    }
    DIR *d = opendir("/tmp");
    if (d) {
        struct dirent *de;
        while ((de = readdir(d)) != NULL)
            if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
                leak("/tmp/%s is left over from test 1", de->d_name);
        closedir(d);
    }
    return finish();
}
