class Solution {
    fun echoLongArray(value: LongArray): LongArray {
        return value
    }
}
