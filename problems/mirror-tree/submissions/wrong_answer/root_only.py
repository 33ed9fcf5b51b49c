class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # swaps the two subtrees of the root but not inside them
        if root:
            root.left, root.right = root.right, root.left
        return root
