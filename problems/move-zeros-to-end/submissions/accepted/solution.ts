function moveZeroes(nums: number[]): void {
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
