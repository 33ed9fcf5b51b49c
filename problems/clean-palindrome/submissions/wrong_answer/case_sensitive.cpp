class Solution {
public:
    bool isPalindrome(string s) {
        // Drops the symbols but compares letters case-sensitively.
        string t;
        for (char c : s)
            if (isalnum((unsigned char)c)) t += c;
        string r(t.rbegin(), t.rend());
        return t == r;
    }
};
