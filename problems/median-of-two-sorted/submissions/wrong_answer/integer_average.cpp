// Wrong: merges correctly but averages the two middle values in integer arithmetic,
// losing the .5 (and rounding toward zero for negative sums).
class Solution {
public:
    double findMedianSortedArrays(vector<int>& a, vector<int>& b) {
        vector<int> c(a.size() + b.size());
        merge(a.begin(), a.end(), b.begin(), b.end(), c.begin());
        int k = c.size();
        if (k % 2) return c[k / 2];
        return (c[k / 2 - 1] + c[k / 2]) / 2;
    }
};
