#include <stdlib.h>

static int first(int *nums) {
    return nums[0];
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int *r = malloc(2 * sizeof *r);
    r[0] = first(nums) + undeclared_name; // LC-LINE
    r[1] = numsSize + target;
    *returnSize = 2;
    return r;
}
