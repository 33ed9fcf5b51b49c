class Solution {
    fun minDistance(word1: String, word2: String): Int {
        val n = word2.length
        var prev = IntArray(n + 1) { it }
        for (i in 1..word1.length) {
            val cur = IntArray(n + 1)
            cur[0] = i
            for (j in 1..n) {
                cur[j] = if (word1[i - 1] == word2[j - 1]) prev[j - 1]
                         else 1 + minOf(prev[j - 1], prev[j], cur[j - 1])
            }
            prev = cur
        }
        return prev[n]
    }
}
