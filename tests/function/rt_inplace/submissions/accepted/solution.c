void reverseInPlace(int* nums, int numsSize) {
    for (int i = 0, j = numsSize - 1; i < j; i++, j--) {
        int t = nums[i];
        nums[i] = nums[j];
        nums[j] = t;
    }
}
