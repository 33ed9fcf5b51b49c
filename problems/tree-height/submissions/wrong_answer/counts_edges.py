class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # counts edges instead of nodes on the longest path
        if not root:
            return 0
        height = -1
        level = [root]
        while level:
            height += 1
            level = [c for n in level for c in (n.left, n.right) if c]
        return height
