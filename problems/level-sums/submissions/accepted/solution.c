/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
static int countNodes(struct TreeNode* root) {
    int n = 0;
    struct TreeNode** stack = NULL;
    int top = 0, cap = 0;
    if (root) {
        cap = 16;
        stack = malloc(cap * sizeof *stack);
        stack[top++] = root;
    }
    while (top > 0) {
        struct TreeNode* node = stack[--top];
        n++;
        if (top + 2 > cap) {
            cap *= 2;
            stack = realloc(stack, cap * sizeof *stack);
        }
        if (node->left) stack[top++] = node->left;
        if (node->right) stack[top++] = node->right;
    }
    free(stack);
    return n;
}

long long* levelSums(struct TreeNode* root, int* returnSize) {
    int n = countNodes(root);
    *returnSize = 0;
    if (n == 0) return NULL;
    struct TreeNode** queue = malloc(n * sizeof *queue);
    long long* sums = malloc(n * sizeof *sums);
    int head = 0, tail = 0;
    queue[tail++] = root;
    while (head < tail) {
        int end = tail;
        long long s = 0;
        while (head < end) {
            struct TreeNode* node = queue[head++];
            s += node->val;
            if (node->left) queue[tail++] = node->left;
            if (node->right) queue[tail++] = node->right;
        }
        sums[(*returnSize)++] = s;
    }
    free(queue);
    return sums;
}
