// Wrong: builds one increasing run greedily from the first element, keeping every value
// larger than the last one taken.
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        int len = 1;
        long long last = nums[0];
        for (size_t i = 1; i < nums.size(); i++) {
            if (nums[i] > last) {
                last = nums[i];
                len++;
            }
        }
        return len;
    }
};
