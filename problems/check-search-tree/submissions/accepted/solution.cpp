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
    bool isValidBST(TreeNode* root) {
        // iterative in-order walk: the values must come out strictly increasing
        vector<TreeNode*> st;
        TreeNode* node = root;
        bool havePrev = false;
        int prev = 0;
        while (node || !st.empty()) {
            while (node) {
                st.push_back(node);
                node = node->left;
            }
            node = st.back();
            st.pop_back();
            if (havePrev && node->val <= prev) return false;
            havePrev = true;
            prev = node->val;
            node = node->right;
        }
        return true;
    }
};
