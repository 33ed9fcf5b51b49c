// Keys the groups by length and sum of the letters: "ad" and "bc" collide.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& words) {
        map<pair<int, int>, vector<string>> groups;
        for (const string& w : words) {
            int sum = 0;
            for (char c : w) sum += c;
            groups[{(int)w.size(), sum}].push_back(w);
        }
        vector<vector<string>> out;
        for (auto& [key, g] : groups) out.push_back(g);
        return out;
    }
};
