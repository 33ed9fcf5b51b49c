# @param {Integer[]} nums
# @return {Void} Do not return anything, modify nums in-place instead.
def move_zeroes(nums)
  slot = 0
  nums.each_index do |i|
    next if nums[i].zero?
    nums[slot], nums[i] = nums[i], nums[slot]
    slot += 1
  end
end
