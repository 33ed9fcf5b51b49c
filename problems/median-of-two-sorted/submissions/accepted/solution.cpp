class Solution {
public:
    double findMedianSortedArrays(vector<int>& a, vector<int>& b) {
        if (a.size() > b.size()) return findMedianSortedArrays(b, a);
        int m = a.size(), n = b.size(), half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (lo <= hi) {
            int i = (lo + hi) / 2, j = half - i;
            int aLeft = i > 0 ? a[i - 1] : INT_MIN, aRight = i < m ? a[i] : INT_MAX;
            int bLeft = j > 0 ? b[j - 1] : INT_MIN, bRight = j < n ? b[j] : INT_MAX;
            if (aLeft > bRight) hi = i - 1;
            else if (bLeft > aRight) lo = i + 1;
            else {
                int left = max(aLeft, bLeft);
                if ((m + n) % 2) return left;
                return ((double)left + min(aRight, bRight)) / 2.0;
            }
        }
        return 0.0;
    }
};
