/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
func maxDepth(root *TreeNode) int {
    if root == nil {
        return 0
    }
    type item struct {
        node  *TreeNode
        depth int
    }
    stack := []item{{root, 1}}
    best := 0
    for len(stack) > 0 {
        it := stack[len(stack)-1]
        stack = stack[:len(stack)-1]
        best = max(best, it.depth)
        if it.node.Left != nil {
            stack = append(stack, item{it.node.Left, it.depth + 1})
        }
        if it.node.Right != nil {
            stack = append(stack, item{it.node.Right, it.depth + 1})
        }
    }
    return best
}
