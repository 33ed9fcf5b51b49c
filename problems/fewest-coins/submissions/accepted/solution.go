func coinChange(coins []int, amount int) int {
    best := make([]int, amount+1)
    for a := 1; a <= amount; a++ {
        best[a] = math.MaxInt32
    }
    for _, c := range coins {
        for a := c; a <= amount; a++ {
            if best[a-c]+1 < best[a] {
                best[a] = best[a-c] + 1
            }
        }
    }
    if best[amount] == math.MaxInt32 {
        return -1
    }
    return best[amount]
}
