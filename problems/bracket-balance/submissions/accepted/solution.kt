class Solution {
    fun isValid(s: String): Boolean {
        val stack = ArrayDeque<Char>()
        val pairs = mapOf(')' to '(', ']' to '[', '}' to '{')
        for (c in s) {
            val open = pairs[c]
            if (open == null) stack.push(c)
            else if (stack.isEmpty() || stack.pop() != open) return false
        }
        return stack.isEmpty()
    }
}
