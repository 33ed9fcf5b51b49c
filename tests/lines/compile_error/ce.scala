object Helper {
  def first(nums: Array[Int]): Int = nums(0)
}

object Solution {
    def twoSum(nums: Array[Int], target: Int): Array[Int] = {
        val a = Helper.first(nums)
        Array(a, undeclaredName) // LC-LINE
    }
}
