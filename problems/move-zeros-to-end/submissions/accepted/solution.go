func moveZeroes(nums []int)  {
    slot := 0
    for i := range nums {
        if nums[i] != 0 {
            nums[slot], nums[i] = nums[i], nums[slot]
            slot++
        }
    }
}
