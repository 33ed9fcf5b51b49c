/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
function invertTree(root: TreeNode | null): TreeNode | null {
    // builds a new mirrored tree, node by node, with an explicit stack
    if (!root) return null;
    const copy = new TreeNode(root.val);
    const stack = [[root, copy]];
    while (stack.length) {
        const [node, out] = stack.pop();
        if (node.left) {
            out.right = new TreeNode(node.left.val);
            stack.push([node.left, out.right]);
        }
        if (node.right) {
            out.left = new TreeNode(node.right.val);
            stack.push([node.right, out.left]);
        }
    }
    return copy;
};
