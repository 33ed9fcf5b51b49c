function zeroOf(nums: number[]): number {
    return nums.length - nums.length;
}

function pick(nums: number[], target: number): number[] {
    const d = zeroOf(nums);
    const missing: any = d === 0 ? null : nums;
    return [missing.length, target]; // LC-LINE
}

function twoSum(nums: number[], target: number): number[] {
    return pick(nums, target);
};
