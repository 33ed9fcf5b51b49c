// expect: time_limit_exceeded
/* Forge the sandbox's answer: print OK, then look for an inherited
 * SOCK_SEQPACKET socket (the helper's channel to the judge, if it leaked into
 * the run) and send the judge a well-formed "exited 0, used 1 ms" reply
 * (struct lc_sbx_resp from lib/sandbox/proto.h, which is public), then spin
 * forever. A sound sandbox leaves no such fd: the spin ends at the CPU limit,
 * Time Limit Exceeded. An Accepted verdict means the forged reply was taken. */
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

#include <stdint.h>
#include <sys/socket.h>

struct resp {
    uint32_t magic, status;
    int32_t exit_code, signal;
    uint64_t cpu_us, wall_us, memory_kib;
    uint32_t limit;
    char error[256];
};

int main(void)
{
    read_input();
    puts("OK");
    fflush(stdout);
    struct resp r;
    memset(&r, 0, sizeof r);
    r.magic = 0x4c435342u;
    r.cpu_us = r.wall_us = 1000;
    r.memory_kib = 1024;
    for (int fd = 3; fd < 1024; fd++) {
        int type = 0;
        socklen_t tl = sizeof type;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &tl) == 0 && type == SOCK_SEQPACKET)
            send(fd, &r, sizeof r, MSG_NOSIGNAL);
    }
    for (volatile unsigned long i = 0;; i++)
        ;
}
