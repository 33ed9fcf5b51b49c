// Counts the hours in a 32-bit int: at small speeds the count wraps around (even to a negative
// number) and the speed looks fast enough.
class Solution {
    public int minEatingSpeed(int[] piles, int hours) {
        int lo = 1, hi = 1;
        for (int p : piles) hi = Math.max(hi, p);
        int best = hi;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            int total = 0;
            for (int p : piles) total += (p + mid - 1) / mid;
            if (total <= hours) {
                best = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return best;
    }
}
