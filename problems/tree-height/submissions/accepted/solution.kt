class Solution {
    fun maxDepth(root: TreeNode?): Int {
        if (root == null) return 0
        var level = listOf(root)
        var depth = 0
        while (level.isNotEmpty()) {
            depth++
            level = level.flatMap { listOfNotNull(it.left, it.right) }
        }
        return depth
    }
}
