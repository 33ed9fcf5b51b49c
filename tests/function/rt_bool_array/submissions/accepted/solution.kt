class Solution {
    fun echoBoolArray(value: BooleanArray): BooleanArray {
        return value
    }
}
