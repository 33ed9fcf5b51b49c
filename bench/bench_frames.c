/* The answers channel's frame scan must be linear in the channel's size: a
 * channel of "#LC " with no newline (the worst case for a header search) is
 * scanned at 4 KiB and at 4 MiB, and the time per byte is compared. A
 * channel of well-formed frames is the baseline. Prints ratios, never asserts.
 *   litecode-bench-frames */
#include "../lib/judge/judge.h"
#include "bench.h"

#include <stdio.h>
#include <string.h>

static char *garbage(size_t len)
{
    char *b = malloc(len);
    for (size_t i = 0; b && i + 4 <= len; i += 4)
        memcpy(b + i, "#LC ", 4);
    return b;
}

static char *frames(size_t len, size_t *n)
{
    char *b = malloc(len + 64);
    size_t k = 0;
    *n = 0;
    while (b && k + 32 < len) {
        k += (size_t)snprintf(b + k, 64, "#LC %zu 0 5\n[1,2]\n", (*n)++ % 1000);
    }
    return b;
}

/* Median ms of scanning buf (len bytes) reps times. */
static double scan_ms(const char *buf, size_t len, int reps)
{
    static size_t offs[1000 * LC_JUDGE_FRAME_DEPTH], lens[1000 * LC_JUDGE_FRAME_DEPTH], count[1000];
    double v[9];
    for (int r = 0; r < 9; r++) {
        double t0 = now_ms();
        for (int i = 0; i < reps; i++)
            lc_judge_scan_frames(buf, len, 1000, offs, lens, count);
        v[r] = (now_ms() - t0) / reps;
    }
    return median(v, 9);
}

int main(void)
{
    size_t small = 4096, big = 4u << 20, nf;
    char *gs = garbage(small), *gb = garbage(big), *fb = frames(big, &nf);
    if (!gs || !gb || !fb)
        return 1;
    double ms_small = scan_ms(gs, small, 1000), ms_big = scan_ms(gb, big, 2);
    double ms_frames = scan_ms(fb, big, 2);
    double per_small = ms_small / (double)small, per_big = ms_big / (double)big;
    printf("frames baseline: 4 MiB of %zu well-formed frames  %8.3f ms\n", nf, ms_frames);
    printf("garbage \"#LC \" x 4 KiB                           %8.4f ms\n", ms_small);
    printf("garbage \"#LC \" x 4 MiB                           %8.3f ms  (%.2fx the frames)\n",
           ms_big, ms_big / ms_frames);
    printf("time per byte, 4 MiB vs 4 KiB: %.2fx (linear: about 1; the target is < 10)\n",
           per_big / per_small);
    free(gs);
    free(gb);
    free(fb);
    return 0;
}
