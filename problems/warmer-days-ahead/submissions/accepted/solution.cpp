class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temps) {
        int n = temps.size();
        vector<int> ans(n, 0);
        vector<int> st;
        st.reserve(n);
        for (int i = 0; i < n; i++) {
            while (!st.empty() && temps[st.back()] < temps[i]) {
                ans[st.back()] = i - st.back();
                st.pop_back();
            }
            st.push_back(i);
        }
        return ans;
    }
};
