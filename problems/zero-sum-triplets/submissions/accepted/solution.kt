class Solution {
    fun threeSum(nums: IntArray): List<List<Int>> {
        nums.sort()
        val result = mutableListOf<List<Int>>()
        for (i in 0 until nums.size - 2) {
            if (i > 0 && nums[i] == nums[i - 1]) continue
            var lo = i + 1
            var hi = nums.size - 1
            while (lo < hi) {
                val sum = nums[i] + nums[lo] + nums[hi]
                when {
                    sum < 0 -> lo++
                    sum > 0 -> hi--
                    else -> {
                        result.add(listOf(nums[i], nums[lo], nums[hi]))
                        while (lo < hi && nums[lo] == nums[lo + 1]) lo++
                        while (lo < hi && nums[hi] == nums[hi - 1]) hi--
                        lo++
                        hi--
                    }
                }
            }
        }
        return result
    }
}
