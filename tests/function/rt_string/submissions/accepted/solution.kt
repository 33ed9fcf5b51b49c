class Solution {
    fun echoString(value: String): String {
        return value
    }
}
