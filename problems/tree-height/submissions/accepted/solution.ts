/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
function maxDepth(root: TreeNode | null): number {
    if (!root) return 0;
    const nodes = [root], depth = [1];
    let best = 0;
    while (nodes.length) {
        const node = nodes.pop(), d = depth.pop();
        if (d > best) best = d;
        if (node.left) { nodes.push(node.left); depth.push(d + 1); }
        if (node.right) { nodes.push(node.right); depth.push(d + 1); }
    }
    return best;
};
