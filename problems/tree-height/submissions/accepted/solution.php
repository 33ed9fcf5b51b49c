class Solution {

    /**
     * @param TreeNode $root
     * @return Integer
     */
    function maxDepth($root) {
        if ($root === null) return 0;
        $best = 0;
        $stack = [[$root, 1]];
        while ($stack) {
            [$node, $d] = array_pop($stack);
            $best = max($best, $d);
            if ($node->left !== null) $stack[] = [$node->left, $d + 1];
            if ($node->right !== null) $stack[] = [$node->right, $d + 1];
        }
        return $best;
    }
}
