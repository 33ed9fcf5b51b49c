func first(nums []int) int {
	return nums[0]
}

func twoSum(nums []int, target int) []int {
	a := first(nums)
	return []int{a, undeclaredName} // LC-LINE
}
