class Solution {

    /**
     * @param TreeNode $root
     * @return TreeNode
     */
    function invertTree($root) {
        $stack = $root === null ? [] : [$root];
        while ($stack) {
            $node = array_pop($stack);
            [$node->left, $node->right] = [$node->right, $node->left];
            if ($node->left !== null) $stack[] = $node->left;
            if ($node->right !== null) $stack[] = $node->right;
        }
        return $root;
    }
}
