// Tries every speed from 1 upward: O(n * answer), and the answer can be about 10^9.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int hours) {
        for (int k = 1;; k++) {
            long long total = 0;
            for (int p : piles) total += (p + (long long)k - 1) / k;
            if (total <= hours) return k;
        }
    }
};
