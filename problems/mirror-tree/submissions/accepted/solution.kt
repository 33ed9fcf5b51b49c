class Solution {
    fun invertTree(root: TreeNode?): TreeNode? {
        val stack = ArrayDeque<TreeNode>()
        if (root != null) stack.push(root)
        while (stack.isNotEmpty()) {
            val node = stack.pop()
            val t = node.left
            node.left = node.right
            node.right = t
            node.left?.let { stack.push(it) }
            node.right?.let { stack.push(it) }
        }
        return root
    }
}
