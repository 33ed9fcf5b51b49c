// expect: success
// tests: 2
/* Memory left behind in a System V shared memory segment: test 1 creates a
 * 40 MiB segment, touches every page and exits without removing it; test 2 is
 * benign (allocates and touches 40 MiB, well under the 64 MiB limit) and
 * prints OK. If test 1's segment outlives its run, its pages stay charged to
 * the slot's memory cgroup and test 2 (in a server: the next user's
 * submission) is killed for memory it never used. */
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

#include <sys/ipc.h>
#include <sys/shm.h>

int main(void)
{
    read_input();
    size_t sz = 40u << 20;
    if (testno == 1) {
        int id = shmget(0x4c435058, sz, IPC_CREAT | 0600);
        if (id >= 0) {
            char *p = shmat(id, NULL, 0);
            if (p != (void *)-1) {
                memset(p, 1, sz);
                shmdt(p);
            }
        }
        return finish();
    }
    char *p = malloc(sz);
    if (!p)
        return 3;
    memset(p, 2, sz);
    return finish();
}
