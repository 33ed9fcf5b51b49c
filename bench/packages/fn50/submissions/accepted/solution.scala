object Solution {
    def arraySum(nums: Array[Int]): Long = {
        var s = 0L
        for (x <- nums) s += x
        s
    }
}
