// expect: success
// tests: 2
/* System V IPC and POSIX message queues between runs: test 1 creates a shared
 * memory segment (with a secret in it), a message queue holding a message and
 * a semaphore set, all under a fixed key, plus a POSIX queue; test 2 looks
 * them up by key and lists /proc/sysvipc. A run must not see anything a
 * previous run (possibly another user's submission) left in the IPC
 * namespace. */
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
#include <mqueue.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

#define KEY 0x4c435057

struct msg {
    long type;
    char text[32];
};

static void list_proc(const char *kind)
{
    char p[64], line[512];
    snprintf(p, sizeof p, "/proc/sysvipc/%s", kind);
    FILE *f = fopen(p, "r");
    if (!f)
        return;
    int n = 0;
    while (fgets(line, sizeof line, f))
        if (n++ > 0)
            leak("/proc/sysvipc/%s lists an object: %.60s", kind, line);
    fclose(f);
}

int main(void)
{
    read_input();
    if (testno == 1) {
        int id = shmget(KEY, 4096, IPC_CREAT | 0666);
        if (id >= 0) {
            char *p = shmat(id, NULL, 0);
            if (p != (void *)-1) {
                strcpy(p, "lcpwn secret of test 1");
                shmdt(p);
            }
        }
        int q = msgget(KEY, IPC_CREAT | 0666);
        if (q >= 0) {
            struct msg m = {.type = 1};
            strcpy(m.text, "lcpwn message");
            msgsnd(q, &m, sizeof m.text, IPC_NOWAIT);
        }
        int s = semget(KEY, 1, IPC_CREAT | 0666);
        if (s >= 0)
            semctl(s, 0, SETVAL, 42);
        struct mq_attr a = {.mq_maxmsg = 1, .mq_msgsize = 16};
        mqd_t mq = mq_open("/lcpwn", O_CREAT | O_WRONLY, 0666, &a);
        if (mq != (mqd_t)-1) {
            mq_send(mq, "lcpwn", 5, 0);
            mq_close(mq);
        }
        return finish();
    }
    int id = shmget(KEY, 0, 0);
    if (id >= 0) {
        char *p = shmat(id, NULL, SHM_RDONLY);
        leak("test 1's shared memory segment is still there: \"%.30s\"",
             p != (void *)-1 ? p : "(not attached)");
    }
    int q = msgget(KEY, 0);
    if (q >= 0) {
        struct msg m;
        ssize_t n = msgrcv(q, &m, sizeof m.text, 0, IPC_NOWAIT);
        leak("test 1's message queue is still there%s%.20s", n > 0 ? ": " : "", n > 0 ? m.text : "");
    }
    if (semget(KEY, 0, 0) >= 0)
        leak("test 1's semaphore set is still there");
    mqd_t mq = mq_open("/lcpwn", O_RDONLY);
    if (mq != (mqd_t)-1)
        leak("test 1's POSIX message queue is still there");
    list_proc("shm");
    list_proc("msg");
    list_proc("sem");
    return finish();
}
