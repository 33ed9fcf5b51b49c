# @param {Integer[]} nums
# @return {Integer}
def array_sum(nums)
  nums.sum
end
