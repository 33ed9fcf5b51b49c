# @param {String[][]} value
# @return {String[][]}
def echo_string_matrix(value)
  value
end
