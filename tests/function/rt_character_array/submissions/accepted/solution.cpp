class Solution {
public:
    vector<char> echoCharArray(vector<char>& value) {
        return value;
    }
};
