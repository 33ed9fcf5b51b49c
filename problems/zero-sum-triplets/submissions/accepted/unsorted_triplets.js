/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var threeSum = function(nums) {
    // Sort + two pointers, writing each triplet as [first, last, middle]: the values inside a
    // triplet may come in any order, as on LeetCode.
    const a = Int32Array.from(nums).sort();
    const n = a.length, res = [];
    for (let i = 0; i + 2 < n; i++) {
        if (i > 0 && a[i] === a[i - 1]) continue;
        let lo = i + 1, hi = n - 1;
        while (lo < hi) {
            const s = a[i] + a[lo] + a[hi];
            if (s < 0) lo++;
            else if (s > 0) hi--;
            else {
                res.push([a[i], a[hi], a[lo]]);
                lo++;
                while (lo < hi && a[lo] === a[lo - 1]) lo++;
                hi--;
            }
        }
    }
    return res;
};
