# @param {Integer[][]} value
# @return {Integer[][]}
def echo_int_matrix(value)
  value.map { |row| row.map { |v| v } }
end
