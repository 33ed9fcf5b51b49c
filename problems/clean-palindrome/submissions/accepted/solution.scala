object Solution {
    def isPalindrome(s: String): Boolean = {
        val t = s.filter(_.isLetterOrDigit).toLowerCase
        t == t.reverse
    }
}
