# @param {Character[][]} value
# @return {Character[][]}
def echo_char_matrix(value)
  value.map(&:dup)
end
