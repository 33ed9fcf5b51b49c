int maxArea(int* heights, int heightsSize) {
    int i = 0, j = heightsSize - 1, best = 0;
    while (i < j) {
        int h = heights[i] < heights[j] ? heights[i] : heights[j];
        int area = h * (j - i);
        if (area > best) best = area;
        if (heights[i] < heights[j]) i++;
        else j--;
    }
    return best;
}
