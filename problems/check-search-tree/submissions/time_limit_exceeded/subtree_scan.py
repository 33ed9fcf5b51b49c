class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # every node is compared with every value of its subtrees: O(n * height)
        def values(t):
            out, st = [], [t] if t else []
            while st:
                x = st.pop()
                out.append(x.val)
                if x.left:
                    st.append(x.left)
                if x.right:
                    st.append(x.right)
            return out
        st = [root] if root else []
        while st:
            x = st.pop()
            if any(v >= x.val for v in values(x.left)) or any(v <= x.val for v in values(x.right)):
                return False
            if x.left:
                st.append(x.left)
            if x.right:
                st.append(x.right)
        return True
