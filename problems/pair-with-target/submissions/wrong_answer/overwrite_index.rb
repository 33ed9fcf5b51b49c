# Stores every value before looking for its partner: an element equal to
# target / 2 gets paired with itself.
# @param {Integer[]} nums
# @param {Integer} target
# @return {Integer[]}
def two_sum(nums, target)
  pos = {}
  nums.each_with_index { |x, j| pos[x] = j }
  nums.each_with_index do |x, i|
    j = pos[target - x]
    return [i, j] unless j.nil?
  end
  []
end
