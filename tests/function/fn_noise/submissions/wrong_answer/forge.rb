# Forges the answer frame for its own test (claiming the right answer), then
# returns a wrong answer. The driver's own frame comes after it and the judge
# keeps the last frame of an index: the verdict must be Wrong Answer.
$index = 0 # calls are made in test order, one per test, from index 0

def add_two(a, b)
  right = (a + b).to_s
  begin
    IO.new(3, 'w', autoclose: false).syswrite("#LC #{$index} 0 #{right.bytesize}\n#{right}\n")
  rescue SystemCallError => e
    $stderr.puts "fd 3: #{e.message}"
  end
  $index += 1
  a + b + 1
end
