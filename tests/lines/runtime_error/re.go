func zeroOf(nums []int) int {
	return len(nums) - len(nums)
}

func pick(nums []int, target int) []int {
	d := zeroOf(nums)
	q := target / d // LC-LINE
	return []int{q, 0}
}

func twoSum(nums []int, target int) []int {
	return pick(nums, target)
}
