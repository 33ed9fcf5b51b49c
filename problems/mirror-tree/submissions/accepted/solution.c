/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
struct TreeNode* mirror(struct TreeNode* root) {
    if (root == NULL) return NULL;
    struct TreeNode* left = mirror(root->left);
    root->left = mirror(root->right);
    root->right = left;
    return root;
}
