// expect: output_limit_exceeded runtime_error success result=Wrong_Answer
// pkg: pkg_func
// judge-maxrss-mib: 64
// Item: the answers channel filled with "#LC " and no newline made the judge's
// frame parser quadratic (22 s of judge time for 4 MiB). The scan is linear and
// the channel is capped to what the answers need; the judge stays small.
#include <string.h>
#include <unistd.h>
int secretLength(char* s) {
    static int done;
    if (!done) {
        done = 1;
        static char junk[1 << 16];
        for (size_t i = 0; i + 4 <= sizeof junk; i += 4)
            memcpy(junk + i, "#LC ", 4);
        for (int k = 0; k < 64; k++) /* 4 MiB */
            if (write(3, junk, sizeof junk) < 0)
                break;
    }
    return (int)strlen(s);
}
