// expect: success
/* Set the clock: settimeofday, clock_settime(CLOCK_REALTIME), adjtimex and
 * clock_adjtime. The values written are the current time (so that even a
 * broken sandbox moves the host clock by microseconds only). seccomp denies
 * all four: every call must fail. */
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

#include <sys/time.h>
#include <sys/timex.h>
#include <sys/syscall.h>
#include <time.h>

int main(void)
{
    read_input();
    struct timeval tv;
    gettimeofday(&tv, NULL);
    if (settimeofday(&tv, NULL) == 0)
        leak("settimeofday succeeded");
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (clock_settime(CLOCK_REALTIME, &ts) == 0)
        leak("clock_settime succeeded");
    struct timex tx;
    memset(&tx, 0, sizeof tx);
    tx.modes = ADJ_OFFSET_SINGLESHOT;
    tx.offset = 0;
    if (adjtimex(&tx) >= 0)
        leak("adjtimex(ADJ_OFFSET_SINGLESHOT) succeeded");
    memset(&tx, 0, sizeof tx);
    if (syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx) >= 0)
        leak("clock_adjtime (read) succeeded");
    return finish();
}
