class Solution {
    public int minEatingSpeed(int[] piles, int hours) {
        int lo = 1, hi = 1;
        for (int p : piles) hi = Math.max(hi, p);
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long total = 0;
            for (int p : piles) total += (p + (long) mid - 1) / mid;
            if (total <= hours) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
