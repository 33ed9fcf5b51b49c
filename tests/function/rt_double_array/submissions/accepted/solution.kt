class Solution {
    fun echoDoubleArray(value: DoubleArray): DoubleArray {
        return value
    }
}
