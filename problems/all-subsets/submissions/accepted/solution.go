func subsets(nums []int) [][]int {
    vals := append([]int{}, nums...)
    sort.Ints(vals)
    res := [][]int{}
    cur := []int{}
    var build func(i int)
    build = func(i int) {
        if i == len(vals) {
            res = append(res, append([]int{}, cur...))
            return
        }
        build(i + 1)
        cur = append(cur, vals[i])
        build(i + 1)
        cur = cur[:len(cur)-1]
    }
    build(0)
    return res
}
