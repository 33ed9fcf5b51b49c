// Stores every value before looking for its partner: an element equal to
// target / 2 gets paired with itself.
func twoSum(nums []int, target int) []int {
    pos := map[int]int{}
    for j, x := range nums {
        pos[x] = j
    }
    for i, x := range nums {
        if j, ok := pos[target-x]; ok {
            return []int{i, j}
        }
    }
    return []int{}
}
