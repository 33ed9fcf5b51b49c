/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
struct TreeNode* echoTree(struct TreeNode* value) {
    /* copy the tree iteratively: the tests hold 20,000-node chains */
    if (!value) return NULL;
    int cap = 1024, top = 0;
    struct TreeNode** from = malloc(sizeof(struct TreeNode*) * cap);
    struct TreeNode** to = malloc(sizeof(struct TreeNode*) * cap);
    struct TreeNode* root = malloc(sizeof(struct TreeNode));
    root->val = value->val;
    root->left = root->right = NULL;
    from[top] = value;
    to[top++] = root;
    while (top > 0) {
        top--;
        struct TreeNode* src = from[top];
        struct TreeNode* dst = to[top];
        struct TreeNode* kids[2] = {src->left, src->right};
        for (int k = 0; k < 2; k++) {
            if (!kids[k]) continue;
            struct TreeNode* node = malloc(sizeof(struct TreeNode));
            node->val = kids[k]->val;
            node->left = node->right = NULL;
            if (k == 0) dst->left = node; else dst->right = node;
            if (top == cap) {
                cap *= 2;
                from = realloc(from, sizeof(struct TreeNode*) * cap);
                to = realloc(to, sizeof(struct TreeNode*) * cap);
            }
            from[top] = kids[k];
            to[top++] = node;
        }
    }
    free(from);
    free(to);
    return root;
}
