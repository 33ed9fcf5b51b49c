function containsNearbyDuplicate(nums: number[], k: number): boolean {
    const last = new Map();
    for (let i = 0; i < nums.length; i++) {
        const j = last.get(nums[i]);
        if (j !== undefined && i - j <= k) return true;
        last.set(nums[i], i);
    }
    return false;
};
