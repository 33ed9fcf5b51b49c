class Solution {
public:
    int maxArea(vector<int>& heights) {
        int n = heights.size(), best = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                best = max(best, min(heights[i], heights[j]) * (j - i));
        return best;
    }
};
