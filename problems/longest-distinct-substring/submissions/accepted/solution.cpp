class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        vector<int> last(256, -1);
        int left = 0, best = 0;
        for (int i = 0; i < (int)s.size(); i++) {
            unsigned char c = s[i];
            if (last[c] >= left) left = last[c] + 1;
            last[c] = i;
            best = max(best, i - left + 1);
        }
        return best;
    }
};
