# @param {String} value
# @return {String}
def echo_string(value)
  value.chars.join
end
