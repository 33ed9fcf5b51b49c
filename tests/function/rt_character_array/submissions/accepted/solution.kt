class Solution {
    fun echoCharArray(value: CharArray): CharArray {
        return value
    }
}
