class Solution:
    def levelSums(self, root: Optional[TreeNode]) -> List[int]:
        # For each level, a fresh walk from the root collects the nodes at that depth
        # (O(n * height) in all).
        sums = []
        d = 0
        while True:
            found, s = False, 0
            stack = [(root, 0)] if root else []
            while stack:
                node, k = stack.pop()
                if k == d:
                    found = True
                    s += node.val
                    continue
                if node.left:
                    stack.append((node.left, k + 1))
                if node.right:
                    stack.append((node.right, k + 1))
            if not found:
                return sums
            sums.append(s)
            d += 1
