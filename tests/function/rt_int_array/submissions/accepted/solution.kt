class Solution {
    fun echoIntArray(value: IntArray): IntArray {
        return value
    }
}
