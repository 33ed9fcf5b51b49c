class Solution {
public:
    bool isValid(string s) {
        vector<char> st;
        st.reserve(s.size());
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') {
                st.push_back(c);
                continue;
            }
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (st.empty() || st.back() != want) return false;
            st.pop_back();
        }
        return st.empty();
    }
};
