function maxArea(heights: number[]): number {
    let i = 0, j = heights.length - 1, best = 0;
    while (i < j) {
        best = Math.max(best, Math.min(heights[i], heights[j]) * (j - i));
        if (heights[i] < heights[j]) i++;
        else j--;
    }
    return best;
};
