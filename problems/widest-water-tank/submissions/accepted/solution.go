func maxArea(height []int) int {
    i, j, best := 0, len(height)-1, 0
    for i < j {
        best = max(best, min(height[i], height[j])*(j-i))
        if height[i] < height[j] {
            i++
        } else {
            j--
        }
    }
    return best
}
