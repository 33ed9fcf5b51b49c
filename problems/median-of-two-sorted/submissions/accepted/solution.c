double findMedianSortedArrays(int* a, int aSize, int* b, int bSize) {
    if (aSize > bSize) return findMedianSortedArrays(b, bSize, a, aSize);
    int m = aSize, n = bSize, half = (m + n + 1) / 2;
    int lo = 0, hi = m;
    while (lo <= hi) {
        int i = lo + (hi - lo) / 2;  /* values taken from a */
        int j = half - i;            /* values taken from b */
        long long aLeft = i > 0 ? a[i - 1] : LLONG_MIN, aRight = i < m ? a[i] : LLONG_MAX;
        long long bLeft = j > 0 ? b[j - 1] : LLONG_MIN, bRight = j < n ? b[j] : LLONG_MAX;
        if (aLeft > bRight) {
            hi = i - 1;
        } else if (bLeft > aRight) {
            lo = i + 1;
        } else {
            long long left = aLeft > bLeft ? aLeft : bLeft;
            if ((m + n) % 2 == 1) return (double)left;
            long long right = aRight < bRight ? aRight : bRight;
            return (left + right) / 2.0;
        }
    }
    return 0.0;
}
