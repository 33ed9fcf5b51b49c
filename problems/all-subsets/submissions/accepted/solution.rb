# @param {Integer[]} nums
# @return {Integer[][]}
def subsets(nums)
  (0..nums.length).flat_map { |k| nums.combination(k).to_a }
end
