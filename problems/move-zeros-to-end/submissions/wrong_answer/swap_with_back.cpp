// Swaps each zero with the last non-zero value: every zero ends up at the back, but the order
// of the non-zero values changes.
class Solution {
public:
    void moveZeroes(vector<int>& nums) {
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo < hi) {
            if (nums[hi] == 0) { hi--; continue; }
            if (nums[lo] == 0) swap(nums[lo], nums[hi]);
            lo++;
        }
    }
};
