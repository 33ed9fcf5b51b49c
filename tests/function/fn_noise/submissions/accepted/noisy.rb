# A noisy but correct Ruby solution: debug output on stdout and stderr, and
# attempts to read stdin (the driver has already consumed it: EOF).
$calls = 0

def add_two(a, b)
  $calls += 1
  line = "debug: adding #{a} and #{b} " + 'x' * 100
  4400.times { puts line }
  $stderr.puts "stderr: call #{$calls}"
  got = ($stdin.read || '').bytesize
  $stderr.puts "stdin bytes seen: #{got}"
  a + b
end
