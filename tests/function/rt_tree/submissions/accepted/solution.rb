# Definition for a binary tree node.
# class TreeNode
#     attr_accessor :val, :left, :right
#     def initialize(val = 0, left = nil, right = nil)
#         @val = val
#         @left = left
#         @right = right
#     end
# end
# @param {TreeNode} value
# @return {TreeNode}
def echo_tree(value)
  # copy the tree iteratively (chains of 20,000 nodes are in the tests)
  return nil if value.nil?
  root = TreeNode.new(value.val)
  stack = [[value, root]]
  until stack.empty?
    src, dst = stack.pop
    if src.left
      dst.left = TreeNode.new(src.left.val)
      stack << [src.left, dst.left]
    end
    if src.right
      dst.right = TreeNode.new(src.right.val)
      stack << [src.right, dst.right]
    end
  end
  root
end
