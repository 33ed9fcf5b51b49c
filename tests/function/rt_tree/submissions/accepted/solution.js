/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
/**
 * @param {TreeNode} value
 * @return {TreeNode}
 */
var echoTree = function(value) {
    // copy the tree iteratively (chains of 20,000 nodes are in the tests)
    if (value === null) return null;
    const root = new TreeNode(value.val);
    const stack = [[value, root]];
    while (stack.length) {
        const [src, dst] = stack.pop();
        if (src.left) { dst.left = new TreeNode(src.left.val); stack.push([src.left, dst.left]); }
        if (src.right) { dst.right = new TreeNode(src.right.val); stack.push([src.right, dst.right]); }
    }
    return root;
};
