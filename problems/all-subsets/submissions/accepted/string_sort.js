/**
 * The default sort compares values as strings ([-5, 10, 9] stays [-5, 10, 9]), so subsets
 * with mixed digit counts are not increasing: any order is accepted, as on LeetCode.
 * @param {number[]} nums
 * @return {number[][]}
 */
var subsets = function(nums) {
    const vals = [...nums].sort();
    let res = [[]];
    for (const x of vals) res = res.concat(res.map((s) => [...s, x]));
    return res;
};
