/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
func levelSums(root *TreeNode) []int64 {
    sums := []int64{}
    level := []*TreeNode{}
    if root != nil {
        level = append(level, root)
    }
    for len(level) > 0 {
        next := []*TreeNode{}
        var s int64
        for _, node := range level {
            s += int64(node.Val)
            if node.Left != nil {
                next = append(next, node.Left)
            }
            if node.Right != nil {
                next = append(next, node.Right)
            }
        }
        sums = append(sums, s)
        level = next
    }
    return sums
}
