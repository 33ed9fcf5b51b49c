object Solution {
    def maxDepth(root: TreeNode): Int = {
        var level = if (root == null) List.empty[TreeNode] else List(root)
        var depth = 0
        while (level.nonEmpty) {
            depth += 1
            level = level.flatMap(t => List(t.left, t.right).filter(_ != null))
        }
        depth
    }
}
