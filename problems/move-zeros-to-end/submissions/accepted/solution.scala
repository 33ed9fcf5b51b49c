object Solution {
    def moveZeroes(nums: Array[Int]): Unit = {
        var w = 0
        for (x <- nums if x != 0) { nums(w) = x; w += 1 }
        java.util.Arrays.fill(nums, w, nums.length, 0)
    }
}
