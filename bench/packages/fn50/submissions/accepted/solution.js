/**
 * @param {number[]} nums
 * @return {number}
 */
var arraySum = function(nums) {
    let s = 0;
    for (const x of nums) s += x;
    return s;
};
