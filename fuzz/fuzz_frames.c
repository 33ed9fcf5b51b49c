/* The answers channel of function problems (fd 3), as the judge reads it:
 * the one-pass frame scan, then each kept payload parsed as JSON. The scan
 * must stay inside the buffer and linear; the kept frames must lie within it. */
#include "fuzz.h"
#include "judge/judge.h"

#include <jansson.h>
#include <stdlib.h>

#define N 8

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t offs[N * LC_JUDGE_FRAME_DEPTH], lens[N * LC_JUDGE_FRAME_DEPTH], count[N] = {0};
    lc_judge_scan_frames((const char *)data, size, N, offs, lens, count);
    for (size_t i = 0; i < N; i++) {
        size_t kept = count[i] < LC_JUDGE_FRAME_DEPTH ? count[i] : LC_JUDGE_FRAME_DEPTH;
        for (size_t j = 0; j < kept; j++) {
            size_t slot = i * LC_JUDGE_FRAME_DEPTH + j;
            if (offs[slot] > size || lens[slot] > size - offs[slot])
                abort(); /* a frame outside the channel */
            json_error_t je;
            json_t *v = json_loadb((const char *)data + offs[slot], lens[slot],
                                   JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
            json_decref(v);
        }
    }
    return 0;
}
