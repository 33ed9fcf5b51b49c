class Solution {
    fun echoBool(value: Boolean): Boolean {
        return value
    }
}
