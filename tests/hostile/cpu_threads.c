// expect: time_limit_exceeded
/* CPU limit with threads: 4 busy threads (no rdtsc: clocks from
 * clock_gettime) spin until the process has used 1.5 s of CPU, or 2.5 s of wall
 * time have passed, then print OK; the main thread only waits. On 2 free cores
 * that is about 0.75 s of wall time, under the 1 s limit; the wall limit
 * (2 x 1 s + 1 s) is never reached. Only CPU accounting of every thread of the
 * run catches it: Time Limit Exceeded (never Accepted). */
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

#include <pthread.h>
#include <time.h>

static double clk(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double now(void)
{
    return clk(CLOCK_MONOTONIC);
}

static double t0;
static volatile unsigned long sink;

static void *spin(void *arg)
{
    (void)arg;
    unsigned long x = 0;
    while (now() - t0 < 2.5 && clk(CLOCK_PROCESS_CPUTIME_ID) < 1.5)
        for (int i = 0; i < 10000; i++)
            x += (unsigned long)i * 2654435761u;
    sink += x;
    return NULL;
}

int main(void)
{
    read_input();
    t0 = now();
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, spin, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return finish();
}
