class Solution {
    fun repeatWord(word: String, times: Int, suffix: Boolean, tail: Char): String {
        val sb = StringBuilder()
        repeat(times) { sb.append(word) }
        if (suffix) sb.append(tail)
        return sb.toString()
    }
}
