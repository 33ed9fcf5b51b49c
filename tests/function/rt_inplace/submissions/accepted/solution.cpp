class Solution {
public:
    void reverseInPlace(vector<int>& nums) {
        int i = 0, j = (int)nums.size() - 1;
        while (i < j) swap(nums[i++], nums[j--]);
    }
};
