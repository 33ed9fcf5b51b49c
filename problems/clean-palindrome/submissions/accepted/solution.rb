# @param {String} s
# @return {Boolean}
def is_palindrome(s)
  t = s.downcase.gsub(/[^a-z0-9]/, '')
  t == t.reverse
end
