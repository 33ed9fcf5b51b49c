function first(nums: number[]): number {
    return nums[0];
}

function twoSum(nums: number[], target: number): number[] {
    const a: number = first(nums);
    const b: string = target; // LC-LINE
    return [a, 0];
};
