// Writes a forged frame for its own test index claiming the right answer,
// then returns a wrong one: the judge keeps the last frame of an index, so
// the verdict must be Wrong Answer.
#include <unistd.h>

class Solution {
    static int calls;
public:
    int addTwo(int a, int b) {
        int index = calls++;                   // tests run in order in one process
        string json = to_string(a + b);
        string frame = "#LC " + to_string(index) + " 0 " + to_string(json.size()) + "\n" + json + "\n";
        ssize_t r = write(3, frame.data(), frame.size());
        (void)r;
        return a + b + 1;
    }
};
int Solution::calls = 0;
