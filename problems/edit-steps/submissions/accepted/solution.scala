object Solution {
    def minDistance(word1: String, word2: String): Int = {
        val n = word2.length
        var prev = Array.tabulate(n + 1)(identity)
        for (i <- 1 to word1.length) {
            val cur = new Array[Int](n + 1)
            cur(0) = i
            for (j <- 1 to n) {
                cur(j) =
                    if (word1(i - 1) == word2(j - 1)) prev(j - 1)
                    else 1 + math.min(prev(j - 1), math.min(prev(j), cur(j - 1)))
            }
            prev = cur
        }
        prev(n)
    }
}
