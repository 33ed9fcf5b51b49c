// Exponential: tries the three kinds of steps recursively without remembering results.
class Solution {
    fun minDistance(word1: String, word2: String): Int = walk(word1, word2, 0, 0)

    private fun walk(a: String, b: String, i: Int, j: Int): Int {
        if (i == a.length) return b.length - j
        if (j == b.length) return a.length - i
        if (a[i] == b[j]) return walk(a, b, i + 1, j + 1)
        return 1 + minOf(walk(a, b, i + 1, j), walk(a, b, i, j + 1), walk(a, b, i + 1, j + 1))
    }
}
