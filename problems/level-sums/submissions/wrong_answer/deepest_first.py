class Solution:
    def levelSums(self, root: Optional[TreeNode]) -> List[int]:
        # collects the sums per depth with a stack, but returns them deepest level first
        sums = {}
        stack = [(root, 0)] if root else []
        while stack:
            node, d = stack.pop()
            sums[d] = sums.get(d, 0) + node.val
            if node.left:
                stack.append((node.left, d + 1))
            if node.right:
                stack.append((node.right, d + 1))
        return [sums[d] for d in sorted(sums, reverse=True)]
