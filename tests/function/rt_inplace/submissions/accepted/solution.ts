/**
 Do not return anything, modify nums in-place instead.
 */
function reverseInPlace(nums: number[]): void {
    for (let i = 0, j = nums.length - 1; i < j; i++, j--) {
        [nums[i], nums[j]] = [nums[j], nums[i]];
    }
};
