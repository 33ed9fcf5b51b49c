func longestCommonSubsequence(text1 string, text2 string) int {
    n, m := len(text1), len(text2)
    prev, cur := make([]int, m+1), make([]int, m+1)
    for i := 1; i <= n; i++ {
        for j := 1; j <= m; j++ {
            if text1[i-1] == text2[j-1] {
                cur[j] = prev[j-1] + 1
            } else {
                cur[j] = max(cur[j-1], prev[j])
            }
        }
        prev, cur = cur, prev
    }
    return prev[m]
}
