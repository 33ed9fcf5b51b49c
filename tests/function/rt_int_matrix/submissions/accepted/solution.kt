class Solution {
    fun echoIntMatrix(value: Array<IntArray>): Array<IntArray> {
        return value
    }
}
