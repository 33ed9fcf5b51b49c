// Sorts the values and uses two pointers, but returns positions in the sorted array.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        vector<int> a = nums;
        sort(a.begin(), a.end());
        int lo = 0, hi = (int)a.size() - 1;
        while (lo < hi) {
            long long s = (long long)a[lo] + a[hi];
            if (s == target) return {lo, hi};
            if (s < target) lo++; else hi--;
        }
        return {};
    }
};
