class Solution {
    int zeroOf(vector<int>& nums) {
        int z = 0;
        for (int x : nums)
            z += x == INT_MIN;
        return z;
    }

public:
    vector<int> twoSum(vector<int>& nums, int target) {
        int d = zeroOf(nums);
        int q = target / d; // LC-LINE
        return {q, 0};
    }
};
