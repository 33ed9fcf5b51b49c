class Solution {
public:
    void moveZeroes(vector<int>& nums) {
        // Swap each non-zero value into the next free slot at the front.
        int slot = 0;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (nums[i] != 0) swap(nums[slot++], nums[i]);
        }
    }
};
