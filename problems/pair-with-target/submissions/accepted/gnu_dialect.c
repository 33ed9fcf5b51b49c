/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
// GNU C as LeetCode compiles it (-std=gnu11): typeof, statement expressions,
// nested functions and the POSIX names of the headers it includes.
#define SWAP(a, b) ({ typeof(a) t_ = (a); (a) = (b); (b) = t_; })

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int *idx = malloc(numsSize * sizeof(int));
    for (int i = 0; i < numsSize; i++) idx[i] = i;
    int cmp(const void *a, const void *b) {
        int x = nums[*(const int *)a], y = nums[*(const int *)b];
        return (x > y) - (x < y);
    }
    qsort(idx, numsSize, sizeof(int), cmp);
    int *res = malloc(2 * sizeof(int));
    *returnSize = 2;
    for (ssize_t lo = 0, hi = numsSize - 1; lo < hi;) {
        long long s = (long long)nums[idx[lo]] + nums[idx[hi]];
        if (s == target) {
            res[0] = idx[lo];
            res[1] = idx[hi];
            if (res[0] > res[1]) SWAP(res[0], res[1]);
            break;
        }
        if (s < target) lo++; else hi--;
    }
    free(idx);
    return res;
}
