class Solution {
public:
    int maxDepth(TreeNode* root) {
        // follows the left children only, preferring left at every step
        int h = 0;
        while (root) {
            h++;
            root = root->left ? root->left : root->right;
        }
        return h;
    }
};
