class Solution {
public:
    // Scans every window: O(n * k).
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        int n = nums.size();
        vector<int> res;
        for (int i = 0; i + k <= n; i++) {
            int best = nums[i];
            for (int j = i + 1; j < i + k; j++)
                if (nums[j] > best) best = nums[j];
            res.push_back(best);
        }
        return res;
    }
};
