# @param {String} word
# @param {Integer} times
# @param {Boolean} suffix
# @param {Character} tail
# @return {String}
def repeat_word(word, times, suffix, tail)
  s = word * times
  s += tail if suffix
  s
end
