def zero_of(nums)
  nums.length - nums.length
end

def pick(nums, target)
  d = zero_of(nums)
  q = target / d # LC-LINE
  [q, 0]
end

def two_sum(nums, target)
  pick(nums, target)
end
