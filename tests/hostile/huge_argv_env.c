// expect: success
/* Huge argv and environment: execve itself with a 100 MB argv (800 pointers to
 * one 128 KiB string, so the program itself needs little memory), then with a
 * 100 MB environment. The kernel must refuse (E2BIG: argv+env may take a
 * quarter of the stack limit) or, if it ever accepted, the new image runs
 * inside the same limits. Either way it prints OK. */
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

int main(int argc, char **argv)
{
    (void)argv;
    if (argc > 1 && strcmp(argv[1], "again") == 0) {
        puts("OK"); /* contained: the limits still hold for the new image */
        return 0;
    }
    read_input();
    size_t len = 128 * 1024 - 1, n = 800;
    char *s = malloc(len + 1);
    memset(s, 'a', len);
    s[len] = '\0';
    char **av = calloc(n + 3, sizeof *av);
    av[0] = "/proc/self/exe";
    av[1] = "again";
    for (size_t i = 2; i < n + 2; i++)
        av[i] = s;
    char *noenv[] = {NULL};
    execve("/proc/self/exe", av, noenv);
    int e1 = errno;
    char **ev = calloc(n + 1, sizeof *ev);
    memcpy(s, "X=", 2);
    for (size_t i = 0; i < n; i++)
        ev[i] = s;
    char *av2[] = {"/proc/self/exe", "again", NULL};
    execve("/proc/self/exe", av2, ev);
    int e2 = errno;
    if (e1 != E2BIG || e2 != E2BIG)
        fprintf(stderr, "execve failed with %s / %s\n", strerror(e1), strerror(e2));
    return finish();
}
