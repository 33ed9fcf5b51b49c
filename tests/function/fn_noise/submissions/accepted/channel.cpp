// Writes garbage and a bogus frame to the driver's channel (fd 3), then
// returns the right answer: the verdict must stay Accepted.
#include <unistd.h>

class Solution {
public:
    int addTwo(int a, int b) {
        const char garbage[] = "garbage \x01\x02 not a frame\n";
        const char bogus[] = "#LC 99 0 1\n7\n";
        ssize_t r1 = write(3, garbage, sizeof garbage - 1);
        ssize_t r2 = write(3, bogus, sizeof bogus - 1);
        (void)r1;
        (void)r2;
        return a + b;
    }
};
