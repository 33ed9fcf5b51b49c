# @param {Integer[]} nums
# @return {Void} Do not return anything, modify nums in-place instead.
def reverse_in_place(nums)
  nums.reverse!
end
