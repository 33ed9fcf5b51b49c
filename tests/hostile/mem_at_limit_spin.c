// expect: memory_limit_exceeded
// check: j["runtime"] < 0.9
/* Fills its memory up to the 64 MiB limit (anonymous pages, touched), then
 * spins. At the limit the kernel can still reclaim the program's own file
 * pages (its code, libc) instead of killing it, so the run used to thrash
 * until the 1 s CPU limit and came out as TLE or MLE from run to run. The
 * run is stopped when its memory reaches the limit: Memory Limit Exceeded,
 * with a runtime well under the CPU limit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    size_t want = (64u << 20) - (128u << 10), step = 1u << 20;
    volatile char *keep[80];
    size_t got = 0, k = 0;
    while (got < want && k < 80) {
        size_t n = want - got < step ? want - got : step;
        char *p = malloc(n);
        if (!p)
            break;
        memset(p, 1, n);
        keep[k++] = p;
        got += n;
    }
    for (volatile unsigned long spin = 0;; spin += (unsigned long)keep[0][0])
        ;
}
