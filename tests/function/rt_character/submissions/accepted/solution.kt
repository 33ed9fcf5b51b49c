class Solution {
    fun echoChar(value: Char): Char {
        return value
    }
}
