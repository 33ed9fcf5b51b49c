class Solution {
    fun subsets(nums: IntArray): List<List<Int>> {
        val result = mutableListOf<List<Int>>(emptyList())
        for (x in nums) {
            for (i in result.indices) result.add(result[i] + x)
        }
        return result
    }
}
