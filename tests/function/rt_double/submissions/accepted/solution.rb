# @param {Float} value
# @return {Float}
def echo_double(value)
  value
end
