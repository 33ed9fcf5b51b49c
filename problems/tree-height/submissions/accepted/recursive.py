# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # The one-line recursion LeetCode accepts: depth up to the tree's height (10^4 at most).
        return 0 if not root else 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
