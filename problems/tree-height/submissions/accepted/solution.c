/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
int treeHeight(struct TreeNode* root) {
    if (root == NULL) return 0;
    int l = treeHeight(root->left);
    int r = treeHeight(root->right);
    return 1 + (l > r ? l : r);
}
