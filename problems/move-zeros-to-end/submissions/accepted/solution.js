/**
 * @param {number[]} nums
 * @return {void} Do not return anything, modify nums in-place instead.
 */
var moveZeroes = function(nums) {
    let slot = 0;
    for (let i = 0; i < nums.length; i++) {
        if (nums[i] !== 0) {
            const t = nums[slot];
            nums[slot] = nums[i];
            nums[i] = t;
            slot++;
        }
    }
};
