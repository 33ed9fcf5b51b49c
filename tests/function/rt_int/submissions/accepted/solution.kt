class Solution {
    fun echoInt(value: Int): Int {
        return value
    }
}
