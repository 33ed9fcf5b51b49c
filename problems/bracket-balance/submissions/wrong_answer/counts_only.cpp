// Wrong: only counts the depth, ignoring the bracket kinds ("([)]" passes).
class Solution {
public:
    bool isValid(string s) {
        int depth = 0;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (--depth < 0) return false;
        }
        return depth == 0;
    }
};
