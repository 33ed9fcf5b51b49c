class Solution {
    int first(vector<int>& nums) {
        return nums[0];
    }

public:
    vector<int> twoSum(vector<int>& nums, int target) {
        int a = first(nums);
        return {a, undeclared_name}; // LC-LINE
    }
};
