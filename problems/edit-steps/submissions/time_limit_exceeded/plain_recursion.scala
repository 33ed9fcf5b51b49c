// Exponential: tries the three kinds of steps recursively without remembering results.
object Solution {
    def minDistance(word1: String, word2: String): Int = walk(word1, word2, 0, 0)

    private def walk(a: String, b: String, i: Int, j: Int): Int = {
        if (i == a.length) b.length - j
        else if (j == b.length) a.length - i
        else if (a(i) == b(j)) walk(a, b, i + 1, j + 1)
        else 1 + math.min(walk(a, b, i + 1, j), math.min(walk(a, b, i, j + 1), walk(a, b, i + 1, j + 1)))
    }
}
