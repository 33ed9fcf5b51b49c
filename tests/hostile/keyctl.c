// expect: success
/* Kernel keyrings: add_key into the session and user keyrings, request_key,
 * keyctl. Keyrings are per uid, and the slot's uid is reused by every run of
 * the slot, so they would carry data between submissions. seccomp denies all
 * three: all must fail. */
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

#include <sys/syscall.h>

#define KEY_SPEC_USER_KEYRING -4
#define KEY_SPEC_SESSION_KEYRING -3
#define KEYCTL_GET_KEYRING_ID 0
#define KEYCTL_JOIN_SESSION_KEYRING 1

int main(void)
{
    read_input();
    if (syscall(SYS_add_key, "user", "lcpwn", "secret", 6, KEY_SPEC_USER_KEYRING) >= 0)
        leak("add_key into the user keyring succeeded");
    if (syscall(SYS_add_key, "user", "lcpwn", "secret", 6, KEY_SPEC_SESSION_KEYRING) >= 0)
        leak("add_key into the session keyring succeeded");
    if (syscall(SYS_request_key, "user", "lcpwn", NULL, 0) >= 0)
        leak("request_key found a key");
    if (syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_USER_KEYRING, 0) >= 0)
        leak("keyctl(GET_KEYRING_ID) succeeded");
    if (syscall(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, "lcpwn") >= 0)
        leak("keyctl(JOIN_SESSION_KEYRING) succeeded");
    return finish();
}
