class Solution {
public:
    bool echoBool(bool value) {
        return value;
    }
};
