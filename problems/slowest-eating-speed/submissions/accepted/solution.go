func minEatingSpeed(piles []int, h int) int {
    lo, hi := 1, 0
    for _, p := range piles {
        hi = max(hi, p)
    }
    for lo < hi {
        mid := (lo + hi) / 2
        total := 0
        for _, p := range piles {
            total += (p + mid - 1) / mid
        }
        if total <= h {
            hi = mid
        } else {
            lo = mid + 1
        }
    }
    return lo
}
