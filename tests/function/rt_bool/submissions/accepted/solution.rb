# @param {Boolean} value
# @return {Boolean}
def echo_bool(value)
  value
end
