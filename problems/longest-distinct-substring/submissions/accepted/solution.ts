function lengthOfLongestSubstring(s: string): number {
    const last = new Map();
    let left = 0, best = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (last.has(c) && last.get(c) >= left) left = last.get(c) + 1;
        last.set(c, i);
        best = Math.max(best, i - left + 1);
    }
    return best;
};
