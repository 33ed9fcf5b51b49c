class Solution {
    fun echoDouble(value: Double): Double {
        return value
    }
}
