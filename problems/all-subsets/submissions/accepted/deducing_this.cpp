class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        vector<vector<int>> res;
        vector<int> cur;
        // C++23 deducing this: a recursive lambda (LeetCode's clang accepts it; g++ 12 does not)
        auto go = [&](this auto&& self, int i) -> void {
            if (i == (int)nums.size()) {
                res.push_back(cur);
                return;
            }
            self(i + 1);
            cur.push_back(nums[i]);
            self(i + 1);
            cur.pop_back();
        };
        go(0);
        return res;
    }
};
