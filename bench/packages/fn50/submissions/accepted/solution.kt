class Solution {
    fun arraySum(nums: IntArray): Long {
        var s = 0L
        for (x in nums) s += x
        return s
    }
}
