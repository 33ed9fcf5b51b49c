# @param {Integer} value
# @return {Integer}
def echo_int(value)
  value
end
