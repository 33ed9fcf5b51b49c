/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     int val;
 *     TreeNode left;
 *     TreeNode right;
 *     TreeNode() {}
 *     TreeNode(int val) { this.val = val; }
 *     TreeNode(int val, TreeNode left, TreeNode right) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */
class Solution {
    public long[] levelSums(TreeNode root) {
        List<Long> sums = new ArrayList<>();
        Deque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) queue.add(root);
        while (!queue.isEmpty()) {
            long s = 0;
            for (int k = queue.size(); k > 0; k--) {
                TreeNode node = queue.poll();
                s += node.val;
                if (node.left != null) queue.add(node.left);
                if (node.right != null) queue.add(node.right);
            }
            sums.add(s);
        }
        long[] out = new long[sums.size()];
        for (int i = 0; i < out.length; i++) out[i] = sums.get(i);
        return out;
    }
}
