class Solution {
    fun echoStringArray(value: Array<String>): Array<String> {
        return value
    }
}
