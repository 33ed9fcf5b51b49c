/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function(s) {
    // Treats 'a' and 'A' as the same character.
    const t = s.toLowerCase();
    const last = new Map();
    let left = 0, best = 0;
    for (let i = 0; i < t.length; i++) {
        if (last.has(t[i]) && last.get(t[i]) >= left) left = last.get(t[i]) + 1;
        last.set(t[i], i);
        best = Math.max(best, i - left + 1);
    }
    return best;
};
