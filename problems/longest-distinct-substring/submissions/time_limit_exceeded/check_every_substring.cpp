class Solution {
    static bool allDistinct(const string& s, int from, int to) {
        bool seen[256] = {false};
        for (int k = from; k < to; k++) {
            unsigned char c = s[k];
            if (seen[c]) return false;
            seen[c] = true;
        }
        return true;
    }
public:
    // Checks every substring: O(n^3) (O(n^2) substrings, each checked in up to 96 steps).
    int lengthOfLongestSubstring(string s) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j <= n; j++)
                if (allDistinct(s, i, j)) best = max(best, j - i);
        return best;
    }
};
