fun first(nums: IntArray): Int {
    return nums[0]
}

class Solution {
    fun twoSum(nums: IntArray, target: Int): IntArray {
        val a = first(nums)
        return intArrayOf(a, undeclaredName) // LC-LINE
    }
}
