/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* maxSlidingWindow(int* nums, int numsSize, int k, int* returnSize) {
    int* dq = malloc(numsSize * sizeof(int)); /* indices, values decreasing front to back */
    int head = 0, tail = 0;
    int* res = malloc((numsSize - k + 1) * sizeof(int));
    int cnt = 0;
    for (int i = 0; i < numsSize; i++) {
        while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
        dq[tail++] = i;
        if (dq[head] <= i - k) head++;
        if (i >= k - 1) res[cnt++] = nums[dq[head]];
    }
    free(dq);
    *returnSize = cnt;
    return res;
}
