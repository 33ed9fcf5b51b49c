/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
function levelSums(root: TreeNode | null): number[] {
    const sums = [];
    let level = root ? [root] : [];
    while (level.length) {
        const next = [];
        let s = 0;
        for (const node of level) {
            s += node.val;
            if (node.left) next.push(node.left);
            if (node.right) next.push(node.right);
        }
        sums.push(s);
        level = next;
    }
    return sums;
};
