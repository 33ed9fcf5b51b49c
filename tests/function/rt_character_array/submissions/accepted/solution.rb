# @param {Character[]} value
# @return {Character[]}
def echo_char_array(value)
  value.dup
end
