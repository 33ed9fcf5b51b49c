# @param {Boolean[]} value
# @return {Boolean[]}
def echo_bool_array(value)
  value.map { |x| x }
end
