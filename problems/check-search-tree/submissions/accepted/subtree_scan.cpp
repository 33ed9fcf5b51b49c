class Solution {
    // every node is compared with every value of its subtrees: O(n * height), fast enough in
    // C++ for LeetCode's 10^4 nodes (the same in Python is too slow, here as on LeetCode)
    bool allLess(TreeNode* t, long long bound) {
        vector<TreeNode*> st;
        if (t) st.push_back(t);
        while (!st.empty()) {
            TreeNode* x = st.back();
            st.pop_back();
            if (x->val >= bound) return false;
            if (x->left) st.push_back(x->left);
            if (x->right) st.push_back(x->right);
        }
        return true;
    }
    bool allGreater(TreeNode* t, long long bound) {
        vector<TreeNode*> st;
        if (t) st.push_back(t);
        while (!st.empty()) {
            TreeNode* x = st.back();
            st.pop_back();
            if (x->val <= bound) return false;
            if (x->left) st.push_back(x->left);
            if (x->right) st.push_back(x->right);
        }
        return true;
    }
public:
    bool isValidBST(TreeNode* root) {
        vector<TreeNode*> st;
        if (root) st.push_back(root);
        while (!st.empty()) {
            TreeNode* x = st.back();
            st.pop_back();
            if (!allLess(x->left, x->val) || !allGreater(x->right, x->val)) return false;
            if (x->left) st.push_back(x->left);
            if (x->right) st.push_back(x->right);
        }
        return true;
    }
};
