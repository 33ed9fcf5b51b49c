class Solution {
public:
    long long echoLong(long long value) {
        return value;
    }
};
