# Compile error: `ruby -c` refuses a block that is never closed.
data = $stdin.read.split
n = data[0].to_i
total = 0
data[1, n].each do |x|
  total += x.to_i
puts total
