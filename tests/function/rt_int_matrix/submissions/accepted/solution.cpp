class Solution {
public:
    vector<vector<int>> echoIntMatrix(vector<vector<int>>& value) {
        return value;
    }
};
