int lengthOfLIS(int* nums, int numsSize) {
    /* tails[k]: smallest last value of a strictly increasing subsequence of length k + 1. */
    int* tails = malloc(numsSize * sizeof(int));
    int len = 0;
    for (int i = 0; i < numsSize; i++) {
        int lo = 0, hi = len;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (tails[mid] < nums[i]) lo = mid + 1;
            else hi = mid;
        }
        tails[lo] = nums[i];
        if (lo == len) len++;
    }
    free(tails);
    return len;
}
