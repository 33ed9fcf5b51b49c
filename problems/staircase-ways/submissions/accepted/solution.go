func climbStairs(n int) int {
    a, b := 1, 1 // ways to reach step 0 and step 1
    for i := 2; i <= n; i++ {
        a, b = b, a+b
    }
    return b
}
