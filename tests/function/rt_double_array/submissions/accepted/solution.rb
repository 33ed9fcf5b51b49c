# @param {Float[]} value
# @return {Float[]}
def echo_double_array(value)
  value.to_a
end
