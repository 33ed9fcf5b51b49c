class Solution {
public:
    string echoString(string value) {
        return value;
    }
};
