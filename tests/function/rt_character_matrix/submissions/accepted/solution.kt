class Solution {
    fun echoCharMatrix(value: Array<CharArray>): Array<CharArray> {
        return value
    }
}
