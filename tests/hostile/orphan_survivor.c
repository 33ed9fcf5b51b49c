// expect: success
// settle: 4
/* Orphans: double-fork + setsid, ignore every catchable signal, rename the
 * process, then outlive the run: one grandchild acts after 2 s (connects to
 * the harness's listener, writes /tmp/lcpwn-orphan and next to the canary),
 * another sleeps for 60 s. The main process prints OK and exits at once. The
 * helper must kill the whole namespace when the main process ends: the harness
 * waits 4 s after the judge returns, then finds no survivor, no connection and
 * no file. */
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

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>

static void detach(void)
{
    for (int s = 1; s < 65; s++)
        signal(s, SIG_IGN);
    setsid();
    prctl(PR_SET_NAME, "kworker/0:1", 0, 0, 0);
}

static void act_later(void)
{
    sleep(2);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s >= 0) {
        struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
        inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
        connect(s, (struct sockaddr *)&a, sizeof a);
        close(s);
    }
    int fd = open("/tmp/lcpwn-orphan", O_WRONLY | O_CREAT, 0644);
    if (fd >= 0)
        close(fd);
    char p[4200];
    snprintf(p, sizeof p, "%s.lcpwn-orphan", canary);
    fd = open(p, O_WRONLY | O_CREAT, 0644);
    if (fd >= 0)
        close(fd);
    sleep(60);
}

int main(void)
{
    read_input();
    for (int k = 0; k < 2; k++) {
        pid_t c = fork();
        if (c == 0) {
            detach();
            if (fork() == 0) {
                detach();
                if (k == 0)
                    act_later();
                else
                    sleep(60);
                _exit(0);
            }
            _exit(0);
        }
        if (c > 0)
            waitpid(c, NULL, 0);
    }
    return finish();
}
