func longestConsecutive(nums []int) int {
    set := make(map[int]bool, len(nums))
    for _, x := range nums {
        set[x] = true
    }
    best := 0
    for x := range set {
        if set[x-1] {
            continue
        }
        y := x
        for set[y+1] {
            y++
        }
        best = max(best, y-x+1)
    }
    return best
}
