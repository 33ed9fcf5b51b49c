object Solution {
    def invertTree(root: TreeNode): TreeNode = {
        val stack = scala.collection.mutable.Stack[TreeNode]()
        if (root != null) stack.push(root)
        while (stack.nonEmpty) {
            val node = stack.pop()
            val t = node.left
            node.left = node.right
            node.right = t
            if (node.left != null) stack.push(node.left)
            if (node.right != null) stack.push(node.right)
        }
        root
    }
}
