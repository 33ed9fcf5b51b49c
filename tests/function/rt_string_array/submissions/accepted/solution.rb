# @param {String[]} value
# @return {String[]}
def echo_string_array(value)
  value.map(&:to_s)
end
