class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Tries depth 1, 2, 3, ...: a fresh depth-limited walk from the root each time
        # (O(n * height) in all).
        def reaches(limit):
            stack = [(root, 1)] if root else []
            while stack:
                node, d = stack.pop()
                if d == limit:
                    return True
                for c in (node.left, node.right):
                    if c:
                        stack.append((c, d + 1))
            return False
        h = 0
        while reaches(h + 1):
            h += 1
        return h
