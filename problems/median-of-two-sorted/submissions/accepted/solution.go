func findMedianSortedArrays(nums1 []int, nums2 []int) float64 {
    a, b := nums1, nums2
    if len(a) > len(b) {
        a, b = b, a
    }
    m, n := len(a), len(b)
    half := (m + n + 1) / 2
    lo, hi := 0, m
    for lo <= hi {
        i := (lo + hi) / 2
        j := half - i
        aLeft, aRight := math.MinInt64, math.MaxInt64
        bLeft, bRight := math.MinInt64, math.MaxInt64
        if i > 0 {
            aLeft = a[i-1]
        }
        if i < m {
            aRight = a[i]
        }
        if j > 0 {
            bLeft = b[j-1]
        }
        if j < n {
            bRight = b[j]
        }
        if aLeft > bRight {
            hi = i - 1
        } else if bLeft > aRight {
            lo = i + 1
        } else {
            left := max(aLeft, bLeft)
            if (m+n)%2 == 1 {
                return float64(left)
            }
            return (float64(left) + float64(min(aRight, bRight))) / 2
        }
    }
    return 0
}
