class Solution {
public:
    vector<bool> echoBoolArray(vector<bool>& value) {
        return value;
    }
};
