/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     public $val = null;
 *     public $left = null;
 *     public $right = null;
 *     function __construct($val = 0, $left = null, $right = null) {
 *         $this->val = $val;
 *         $this->left = $left;
 *         $this->right = $right;
 *     }
 * }
 */
class Solution {

    /**
     * @param TreeNode $value
     * @return TreeNode
     */
    function echoTree($value) {
        // copy the tree iteratively (chains of 20,000 nodes are in the tests)
        if ($value === null) return null;
        $root = new TreeNode($value->val);
        $stack = [[$value, $root]];
        while ($stack) {
            [$src, $dst] = array_pop($stack);
            if ($src->left !== null) {
                $dst->left = new TreeNode($src->left->val);
                $stack[] = [$src->left, $dst->left];
            }
            if ($src->right !== null) {
                $dst->right = new TreeNode($src->right->val);
                $stack[] = [$src->right, $dst->right];
            }
        }
        return $root;
    }
}
