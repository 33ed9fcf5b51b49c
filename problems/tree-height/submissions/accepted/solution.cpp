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
    int maxDepth(TreeNode* root) {
        // iterative depth-first search with an explicit stack of (node, depth)
        int best = 0;
        vector<pair<TreeNode*, int>> st;
        if (root) st.push_back({root, 1});
        while (!st.empty()) {
            auto [node, d] = st.back();
            st.pop_back();
            best = max(best, d);
            if (node->left) st.push_back({node->left, d + 1});
            if (node->right) st.push_back({node->right, d + 1});
        }
        return best;
    }
};
