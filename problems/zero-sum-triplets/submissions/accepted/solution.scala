object Solution {
    def threeSum(nums: Array[Int]): List[List[Int]] = {
        val v = nums.sorted
        val result = scala.collection.mutable.ListBuffer[List[Int]]()
        for (i <- 0 until v.length - 2 if i == 0 || v(i) != v(i - 1)) {
            var lo = i + 1
            var hi = v.length - 1
            while (lo < hi) {
                val sum = v(i) + v(lo) + v(hi)
                if (sum < 0) lo += 1
                else if (sum > 0) hi -= 1
                else {
                    result += List(v(i), v(lo), v(hi))
                    while (lo < hi && v(lo) == v(lo + 1)) lo += 1
                    while (lo < hi && v(hi) == v(hi - 1)) hi -= 1
                    lo += 1
                    hi -= 1
                }
            }
        }
        result.toList
    }
}
