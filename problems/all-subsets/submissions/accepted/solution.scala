object Solution {
    def subsets(nums: Array[Int]): List[List[Int]] = {
        nums.foldLeft(List(List.empty[Int])) { (acc, x) => acc ++ acc.map(_ :+ x) }
    }
}
