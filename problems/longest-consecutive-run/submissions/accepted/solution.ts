function longestConsecutive(nums: number[]): number {
    // Sort the values, then scan for runs.
    const a = Int32Array.from(nums).sort();
    let best = 0, cur = 0;
    for (let i = 0; i < a.length; i++) {
        if (i > 0 && a[i] === a[i - 1]) continue;
        cur = (i > 0 && a[i] === a[i - 1] + 1) ? cur + 1 : 1;
        if (cur > best) best = cur;
    }
    return best;
};
