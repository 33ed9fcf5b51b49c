# Counts words (runs of ASCII letters, lowercased); most frequent first, ties
# in alphabetical order.
counts = Hash.new(0)
$stdin.binmode.read.scan(/[A-Za-z]+/) { |w| counts[w.downcase] += 1 }
counts.sort_by { |w, n| [-n, w] }.each { |w, n| puts "#{w} #{n}" }
