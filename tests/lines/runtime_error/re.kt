fun zeroOf(nums: IntArray): Int {
    return nums.size - nums.size
}

fun pick(nums: IntArray, target: Int): IntArray {
    val d = zeroOf(nums)
    val q = target / d // LC-LINE
    return intArrayOf(q, 0)
}

class Solution {
    fun twoSum(nums: IntArray, target: Int): IntArray {
        return pick(nums, target)
    }
}
