// Removes the maximum k times: O(n * k), about n^2 / 4 steps when k is near n / 2.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        for (int r = 0; r < k - 1; r++) {
            int best = 0;
            for (int i = 1; i < (int)nums.size(); i++)
                if (nums[i] > nums[best]) best = i;
            nums[best] = nums.back();
            nums.pop_back();
        }
        return *max_element(nums.begin(), nums.end());
    }
};
