#include <limits.h>
#include <stdlib.h>

static int zero_of(int *nums, int n) {
    int z = 0;
    for (int i = 0; i < n; i++)
        z += nums[i] == INT_MIN;
    return z;
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int d = zero_of(nums, numsSize);
    int *r = malloc(2 * sizeof *r);
    r[0] = target / d; // LC-LINE
    r[1] = 0;
    *returnSize = 2;
    return r;
}
