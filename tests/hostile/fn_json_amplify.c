// expect: success result=Wrong_Answer output_limit_exceeded
// pkg: pkg_func
// judge-maxrss-mib: 64
// Item: one frame of `[{},{},...]` (a few bytes per object) made the judge parse
// it into ~80x its size in jansson objects, outside any cgroup. A payload far
// larger than the expected answer is judged without parsing; parsing runs under
// a budget. Frames for every index, so nothing is dropped for being unused.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int secretLength(char* s) {
    (void)s;
    size_t n = 300 * 1024; /* objects: 900 KiB of payload, under the 1 MiB file cap */
    char *p = malloc(3 * n + 2);
    size_t k = 0;
    p[k++] = '[';
    for (size_t i = 0; i < n; i++) {
        memcpy(p + k, "{},", 3);
        k += 3;
    }
    p[k - 1] = ']';
    char head[64];
    int hl = snprintf(head, sizeof head, "#LC 0 0 %zu\n", k);
    if (write(3, head, (size_t)hl) < 0 || write(3, p, k) < 0 || write(3, "\n", 1) < 0)
        return -1;
    _exit(0);
}
