# @param {TreeNode} root
# @return {Integer}
def max_depth(root)
  return 0 if root.nil?
  best = 0
  stack = [[root, 1]]
  until stack.empty?
    node, d = stack.pop
    best = d if d > best
    stack << [node.left, d + 1] if node.left
    stack << [node.right, d + 1] if node.right
  end
  best
end
