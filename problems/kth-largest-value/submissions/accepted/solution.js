/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var kthLargest = function(nums, k) {
    const sorted = Int32Array.from(nums).sort();
    return sorted[sorted.length - k];
};
