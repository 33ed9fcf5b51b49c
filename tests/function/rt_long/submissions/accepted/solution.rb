# @param {Integer} value
# @return {Integer}
def echo_long(value)
  value
end
