/* Writes garbage and a bogus frame to the driver's channel (fd 3), then
 * returns the right answer: the verdict must stay Accepted. */
#include <unistd.h>

int addTwo(int a, int b) {
    const char garbage[] = "garbage\n\x01\x02 not a frame\n#LC oops\n";
    const char bogus[] = "#LC 99 0 1\n7\n";
    ssize_t r = write(3, garbage, sizeof(garbage) - 1);
    r += write(3, bogus, sizeof(bogus) - 1);
    (void)r;
    return a + b;
}
