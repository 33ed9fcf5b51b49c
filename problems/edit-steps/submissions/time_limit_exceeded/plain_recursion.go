// Exponential: tries the three kinds of steps recursively without remembering results.
func minDistance(word1 string, word2 string) int {
    var walk func(i, j int) int
    walk = func(i, j int) int {
        if i == len(word1) {
            return len(word2) - j
        }
        if j == len(word2) {
            return len(word1) - i
        }
        if word1[i] == word2[j] {
            return walk(i+1, j+1)
        }
        return 1 + min(walk(i+1, j), walk(i, j+1), walk(i+1, j+1))
    }
    return walk(0, 0)
}
