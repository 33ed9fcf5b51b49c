// expect: success
// tests: 2
// Item: stdout was one memfd for every run: O_APPEND, an SIGIO owner and
// signal set on it by test 1 were seen by test 2. Every run gets a fresh one.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int main(void) {
    char line[256];
    int test = 0;
    while (fgets(line, sizeof line, stdin))
        if (sscanf(line, "TEST %d", &test) == 1)
            break;
    int fl = fcntl(1, F_GETFL);
    int sig = fcntl(1, F_GETSIG);
    int own = fcntl(1, F_GETOWN);
    if (test == 2 && ((fl >= 0 && (fl & (O_APPEND | O_ASYNC))) || sig > 0 || own != 0)) {
        printf("LEAK: test 1 left state on stdout (flags %#x sig %d owner %d)\n", fl, sig, own);
        return 0;
    }
    if (test == 1) {
        fcntl(1, F_SETFL, fl | O_APPEND | O_ASYNC);
        fcntl(1, F_SETSIG, SIGUSR1);
        fcntl(1, F_SETOWN, getpid());
    }
    printf("OK\n");
    return 0;
}
