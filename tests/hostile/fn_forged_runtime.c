// expect: success
// pkg: pkg_func
// check: all(t["runtime"] is None for t in j["tests"]) and j["runtime"] < 5
// Item: per-test runtimes of function problems came from frames the user's
// process writes. A forged frame claims 1 us and 999 s; per-test runtimes are
// not shown (only the run's total, measured by the sandbox).
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int secretLength(char* s) {
    static int k;
    int n = (int)strlen(s);
    char f[96];
    int l = snprintf(f, sizeof f, "#LC %d 999000000 %d\n%d\n", k++, n >= 10 ? 2 : 1, n);
    if (write(3, f, (size_t)l) < 0)
        return -1;
    return n;
}
