object Helper {
  def zeroOf(nums: Array[Int]): Int = nums.length - nums.length

  def pick(nums: Array[Int], target: Int): Array[Int] = {
    val d = zeroOf(nums)
    val q = target / d // LC-LINE
    Array(q, 0)
  }
}

object Solution {
    def twoSum(nums: Array[Int], target: Int): Array[Int] = {
        Helper.pick(nums, target)
    }
}
