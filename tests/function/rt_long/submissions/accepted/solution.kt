class Solution {
    fun echoLong(value: Long): Long {
        return value
    }
}
