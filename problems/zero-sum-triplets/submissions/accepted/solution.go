func threeSum(nums []int) [][]int {
    a := append([]int{}, nums...)
    sort.Ints(a)
    n := len(a)
    res := [][]int{}
    for i := 0; i+2 < n && a[i] <= 0; i++ {
        if i > 0 && a[i] == a[i-1] {
            continue
        }
        lo, hi := i+1, n-1
        for lo < hi {
            s := a[i] + a[lo] + a[hi]
            if s < 0 {
                lo++
            } else if s > 0 {
                hi--
            } else {
                res = append(res, []int{a[i], a[lo], a[hi]})
                lo++
                for lo < hi && a[lo] == a[lo-1] {
                    lo++
                }
                hi--
            }
        }
    }
    return res
}
