# Exponential: tries the three kinds of steps recursively without remembering results.
# @param {String} word1
# @param {String} word2
# @return {Integer}
def min_distance(word1, word2)
  walk = lambda do |i, j|
    return word2.length - j if i == word1.length
    return word1.length - i if j == word2.length
    return walk.call(i + 1, j + 1) if word1[i] == word2[j]
    1 + [walk.call(i + 1, j), walk.call(i, j + 1), walk.call(i + 1, j + 1)].min
  end
  walk.call(0, 0)
end
