class Solution {
public:
    vector<string> echoStringArray(vector<string>& value) {
        return value;
    }
};
