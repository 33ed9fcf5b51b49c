// Wrong: leaves out the empty subset.
class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        int n = nums.size();
        vector<vector<int>> res;
        for (int mask = 1; mask < (1 << n); mask++) {
            vector<int> s;
            for (int i = 0; i < n; i++)
                if (mask >> i & 1) s.push_back(nums[i]);
            res.push_back(s);
        }
        return res;
    }
};
