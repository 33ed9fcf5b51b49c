class Solution {
public:
    int maxArea(vector<int>& heights) {
        int i = 0, j = (int)heights.size() - 1, best = 0;
        while (i < j) {
            best = max(best, min(heights[i], heights[j]) * (j - i));
            if (heights[i] < heights[j]) i++;
            else j--;
        }
        return best;
    }
};
