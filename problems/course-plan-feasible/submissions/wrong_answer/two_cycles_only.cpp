class Solution {
public:
    bool canFinish(int courses, vector<vector<int>>& prereqs) {
        // only looks for two courses that require each other (or a course that requires itself)
        set<pair<int, int>> edges;
        for (auto& p : prereqs) edges.insert({p[0], p[1]});
        for (auto& [a, b] : edges)
            if (a == b || edges.count({b, a})) return false;
        return true;
    }
};
