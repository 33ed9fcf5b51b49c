function maxSlidingWindow(nums: number[], k: number): number[] {
    const n = nums.length;
    const dq = new Int32Array(n);
    let head = 0, tail = 0;
    const res = [];
    for (let i = 0; i < n; i++) {
        while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
        dq[tail++] = i;
        if (dq[head] <= i - k) head++;
        if (i >= k - 1) res.push(nums[dq[head]]);
    }
    return res;
};
