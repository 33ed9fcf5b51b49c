# @param {String} s
# @return {Boolean}
def is_valid(s)
  match = { ')' => '(', ']' => '[', '}' => '{' }
  stack = []
  s.each_char do |c|
    if match.value?(c)
      stack.push(c)
    elsif stack.pop != match[c]
      return false
    end
  end
  stack.empty?
end
