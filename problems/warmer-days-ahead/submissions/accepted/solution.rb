# @param {Integer[]} temperatures
# @return {Integer[]}
def daily_temperatures(temperatures)
  ans = Array.new(temperatures.length, 0)
  stack = []
  temperatures.each_with_index do |t, i|
    while !stack.empty? && temperatures[stack[-1]] < t
      j = stack.pop
      ans[j] = i - j
    end
    stack << i
  end
  ans
end
