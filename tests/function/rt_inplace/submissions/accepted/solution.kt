class Solution {
    fun reverseInPlace(nums: IntArray) {
        var i = 0
        var j = nums.size - 1
        while (i < j) {
            val t = nums[i]
            nums[i++] = nums[j]
            nums[j--] = t
        }
    }
}
