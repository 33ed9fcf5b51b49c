/* During the call, writes a forged frame for its own index claiming the
 * right answer, then returns a wrong one. The judge keeps the last frame of
 * an index (the driver's, written after the call), so the verdict must be
 * Wrong Answer. */
#include <unistd.h>

static int index_ = 0;

int addTwo(int a, int b) {
    char frame[96];
    char json[32];
    int jl = snprintf(json, sizeof(json), "%d", a + b);
    int fl = snprintf(frame, sizeof(frame), "#LC %d 0 %d\n%s\n", index_, jl, json);
    ssize_t r = write(3, frame, fl);
    (void)r;
    index_++;
    return a + b + 1;
}
