# @param {TreeNode} root
# @return {TreeNode}
def invert_tree(root)
  stack = root ? [root] : []
  until stack.empty?
    node = stack.pop
    node.left, node.right = node.right, node.left
    stack << node.left if node.left
    stack << node.right if node.right
  end
  root
end
