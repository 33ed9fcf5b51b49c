/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
func echoTree(value *TreeNode) *TreeNode {
    // copy the tree iteratively (chains of 20,000 nodes are in the tests)
    if value == nil {
        return nil
    }
    root := &TreeNode{Val: value.Val}
    stack := [][2]*TreeNode{{value, root}}
    for len(stack) > 0 {
        top := stack[len(stack)-1]
        stack = stack[:len(stack)-1]
        src, dst := top[0], top[1]
        if src.Left != nil {
            dst.Left = &TreeNode{Val: src.Left.Val}
            stack = append(stack, [2]*TreeNode{src.Left, dst.Left})
        }
        if src.Right != nil {
            dst.Right = &TreeNode{Val: src.Right.Val}
            stack = append(stack, [2]*TreeNode{src.Right, dst.Right})
        }
    }
    return root
}
