# Wrong answer: summing as floats loses the low digits of 64-bit values.
data = $stdin.read.split
n = data[0].to_i
puts data[1, n].sum(0.0) { |x| x.to_f }.to_i
