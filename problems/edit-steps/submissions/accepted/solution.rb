# @param {String} word1
# @param {String} word2
# @return {Integer}
def min_distance(word1, word2)
  a = word1.bytes
  b = word2.bytes
  prev = (0..b.length).to_a
  a.each_with_index do |ca, i|
    cur = [i + 1]
    b.each_with_index do |cb, j|
      cur << (ca == cb ? prev[j] : 1 + [prev[j], prev[j + 1], cur[j]].min)
    end
    prev = cur
  end
  prev[b.length]
end
