func minDistance(word1 string, word2 string) int {
    n, m := len(word1), len(word2)
    prev, cur := make([]int, m+1), make([]int, m+1)
    for j := 0; j <= m; j++ {
        prev[j] = j
    }
    for i := 1; i <= n; i++ {
        cur[0] = i
        for j := 1; j <= m; j++ {
            if word1[i-1] == word2[j-1] {
                cur[j] = prev[j-1]
            } else {
                cur[j] = 1 + min(prev[j-1], prev[j], cur[j-1])
            }
        }
        prev, cur = cur, prev
    }
    return prev[m]
}
