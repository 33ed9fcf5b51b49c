# @param {Integer[]} value
# @return {Integer[]}
def echo_int_array(value)
  out = []
  value.each { |v| out << v }
  out
end
