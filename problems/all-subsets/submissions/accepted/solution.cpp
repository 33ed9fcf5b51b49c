class Solution {
    void build(const vector<int>& nums, size_t i, vector<int>& cur, vector<vector<int>>& res) {
        if (i == nums.size()) {
            res.push_back(cur);
            return;
        }
        build(nums, i + 1, cur, res);
        cur.push_back(nums[i]);
        build(nums, i + 1, cur, res);
        cur.pop_back();
    }
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        vector<vector<int>> res;
        vector<int> cur;
        build(nums, 0, cur, res);
        return res;
    }
};
