static long long hoursAt(int* piles, int n, int k) {
    long long total = 0;
    for (int i = 0; i < n; i++) total += (piles[i] + (long long)k - 1) / k;
    return total;
}

int minEatingSpeed(int* piles, int pilesSize, int hours) {
    int lo = 1, hi = 1;
    for (int i = 0; i < pilesSize; i++)
        if (piles[i] > hi) hi = piles[i];
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (hoursAt(piles, pilesSize, mid) <= hours) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}
