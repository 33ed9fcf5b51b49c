// Wrong: pops the operands in the wrong order, so "a b -" computes b - a.
class Solution {
public:
    int evalRPN(vector<string>& tokens) {
        vector<int> st;
        for (const string& t : tokens) {
            if (t == "+" || t == "-" || t == "*" || t == "/") {
                int a = st.back(); st.pop_back();
                int b = st.back(); st.pop_back();
                if (t == "+") st.push_back(a + b);
                else if (t == "-") st.push_back(a - b);
                else if (t == "*") st.push_back(a * b);
                else st.push_back(b == 0 ? 0 : a / b);
            } else {
                st.push_back(stoi(t));
            }
        }
        return st.back();
    }
};
