class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& words) {
        unordered_map<string, int> index;
        vector<vector<string>> groups;
        for (const string& w : words) {
            string key = w;
            sort(key.begin(), key.end());
            auto [it, fresh] = index.try_emplace(key, (int)groups.size());
            if (fresh) groups.emplace_back();
            groups[it->second].push_back(w);
        }
        return groups;
    }
};
