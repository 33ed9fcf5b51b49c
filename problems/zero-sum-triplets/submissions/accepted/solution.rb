# @param {Integer[]} nums
# @return {Integer[][]}
def three_sum(nums)
  a = nums.sort
  n = a.length
  res = []
  i = 0
  while i + 2 < n && a[i] <= 0
    if i > 0 && a[i] == a[i - 1]
      i += 1
      next
    end
    lo = i + 1
    hi = n - 1
    while lo < hi
      s = a[i] + a[lo] + a[hi]
      if s < 0
        lo += 1
      elsif s > 0
        hi -= 1
      else
        res << [a[i], a[lo], a[hi]]
        lo += 1
        lo += 1 while lo < hi && a[lo] == a[lo - 1]
        hi -= 1
      end
    end
    i += 1
  end
  res
end
