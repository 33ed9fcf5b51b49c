// expect: success result=Wrong_Answer
// pkg: pkg_func
// check: "lcsecret" not in json.dumps(j)
// Item: with `reveal: samples`, a C solution disarmed the driver's stdin reset
// with a macro before the runtime, re-read fd 0 and printed every secret input
// in `stdout`. The samples run in a process of their own; only its stdout is
// shown, and a process that saw secret tests never has its stdout shown.
#define freopen(p, m, s) (s)
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int secretLength(char* s) {
    char buf[4096];
    lseek(0, 0, SEEK_SET);
    ssize_t n = read(0, buf, sizeof buf);
    if (n > 0)
        fwrite(buf, 1, (size_t)n, stdout);
    fprintf(stdout, "arg=%s\n", s);
    fprintf(stderr, "arg=%s\n", s);
    return -1; /* wrong everywhere: the failing test is a secret one too */
}
