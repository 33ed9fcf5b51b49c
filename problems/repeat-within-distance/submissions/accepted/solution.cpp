class Solution {
public:
    bool containsNearbyDuplicate(vector<int>& nums, int k) {
        // Sliding window of the last k values.
        unordered_set<int> window;
        window.reserve(2 * min<size_t>(nums.size(), (size_t)k + 1));
        for (int i = 0; i < (int)nums.size(); i++) {
            if (i > k) window.erase(nums[i - k - 1]);
            if (!window.insert(nums[i]).second) return true;
        }
        return false;
    }
};
