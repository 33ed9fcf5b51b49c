object Solution {
    def reverseInPlace(nums: Array[Int]): Unit = {
        var i = 0
        var j = nums.length - 1
        while (i < j) {
            val t = nums(i)
            nums(i) = nums(j)
            nums(j) = t
            i += 1
            j -= 1
        }
    }
}
