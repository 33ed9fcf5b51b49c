long long arraySum(int* nums, int numsSize) {
    long long s = 0;
    for (int i = 0; i < numsSize; i++) s += nums[i];
    return s;
}
