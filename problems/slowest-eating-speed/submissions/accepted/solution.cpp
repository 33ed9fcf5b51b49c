class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int hours) {
        int lo = 1, hi = *max_element(piles.begin(), piles.end());
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long long total = 0;
            for (int p : piles) total += (p + (long long)mid - 1) / mid;
            if (total <= hours) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
