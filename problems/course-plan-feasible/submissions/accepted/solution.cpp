class Solution {
public:
    bool canFinish(int courses, vector<vector<int>>& prereqs) {
        // iterative depth-first search: a cycle is an edge back into the current path
        vector<vector<int>> needs(courses);
        for (auto& p : prereqs) needs[p[0]].push_back(p[1]);
        vector<char> state(courses, 0);  // 0 new, 1 on the path, 2 done
        vector<pair<int, size_t>> st;
        for (int s = 0; s < courses; s++) {
            if (state[s]) continue;
            state[s] = 1;
            st.push_back({s, 0});
            while (!st.empty()) {
                auto& [v, k] = st.back();
                if (k < needs[v].size()) {
                    int w = needs[v][k++];
                    if (state[w] == 1) return false;
                    if (state[w] == 0) {
                        state[w] = 1;
                        st.push_back({w, 0});
                    }
                } else {
                    state[v] = 2;
                    st.pop_back();
                }
            }
        }
        return true;
    }
};
