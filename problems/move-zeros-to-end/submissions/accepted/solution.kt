class Solution {
    fun moveZeroes(nums: IntArray): Unit {
        var w = 0
        for (x in nums) if (x != 0) nums[w++] = x
        nums.fill(0, w)
    }
}
