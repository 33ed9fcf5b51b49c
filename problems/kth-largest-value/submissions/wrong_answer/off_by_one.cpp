// Sorts ascending and takes index n - k - 1 instead of n - k (clamped to stay in bounds).
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        sort(nums.begin(), nums.end());
        int i = (int)nums.size() - k - 1;
        return nums[max(i, 0)];
    }
};
