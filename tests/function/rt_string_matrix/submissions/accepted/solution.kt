class Solution {
    fun echoStringMatrix(value: List<List<String>>): List<List<String>> {
        return value
    }
}
