# Run-time error: one number too many; nil.to_i is fine, but Integer(nil) raises.
data = $stdin.read.split
n = Integer(data[0])
total = 0
(1..n + 1).each { |i| total += Integer(data[i]) }
puts total
