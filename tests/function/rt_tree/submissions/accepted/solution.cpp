/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     TreeNode *left;
 *     TreeNode *right;
 *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
 *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
 *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
 * };
 */
class Solution {
public:
    TreeNode* echoTree(TreeNode* root) {
        // copy the tree with an explicit stack (trees can be deep chains)
        if (!root) return nullptr;
        TreeNode* copy = new TreeNode(root->val);
        vector<pair<TreeNode*, TreeNode*>> st{{root, copy}};
        while (!st.empty()) {
            auto [src, dst] = st.back();
            st.pop_back();
            if (src->left) {
                dst->left = new TreeNode(src->left->val);
                st.push_back({src->left, dst->left});
            }
            if (src->right) {
                dst->right = new TreeNode(src->right->val);
                st.push_back({src->right, dst->right});
            }
        }
        return copy;
    }
};
