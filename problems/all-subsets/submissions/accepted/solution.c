static int cmpInt(const void* x, const void* y) {
    int a = *(const int*)x, b = *(const int*)y;
    return (a > b) - (a < b);
}

static void build(int* nums, int n, int i, int* cur, int len, int** res, int* cols, int* count) {
    if (i == n) {
        int* s = malloc((len > 0 ? len : 1) * sizeof(int));
        memcpy(s, cur, len * sizeof(int));
        res[*count] = s;
        cols[*count] = len;
        (*count)++;
        return;
    }
    build(nums, n, i + 1, cur, len, res, cols, count);
    cur[len] = nums[i];
    build(nums, n, i + 1, cur, len + 1, res, cols, count);
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** subsets(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    qsort(nums, numsSize, sizeof(int), cmpInt);
    int total = 1 << numsSize;
    int** res = malloc(total * sizeof(int*));
    int* cols = malloc(total * sizeof(int));
    int cur[32];
    int count = 0;
    build(nums, numsSize, 0, cur, 0, res, cols, &count);
    *returnSize = count;
    *returnColumnSizes = cols;
    return res;
}
