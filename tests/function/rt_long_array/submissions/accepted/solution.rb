# @param {Integer[]} value
# @return {Integer[]}
def echo_long_array(value)
  value.clone
end
