# @param {Character} value
# @return {Character}
def echo_char(value)
  value
end
