func maxSlidingWindow(nums []int, k int) []int {
    dq := make([]int, 0, len(nums))
    head := 0
    res := []int{}
    for i, x := range nums {
        for len(dq) > head && nums[dq[len(dq)-1]] <= x {
            dq = dq[:len(dq)-1]
        }
        dq = append(dq, i)
        if dq[head] <= i-k {
            head++
        }
        if i >= k-1 {
            res = append(res, nums[dq[head]])
        }
    }
    return res
}
