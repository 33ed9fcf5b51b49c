class Solution {
    fun isPalindrome(s: String): Boolean {
        val t = s.filter { it.isLetterOrDigit() }.toLowerCase()
        return t == t.reversed()
    }
}
