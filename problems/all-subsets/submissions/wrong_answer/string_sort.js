/**
 * Wrong: the default sort compares values as strings, so [-5, 10, 9] sorts as [-5, 10, 9]
 * and subsets with mixed digit counts are not increasing.
 * @param {number[]} nums
 * @return {number[][]}
 */
var allSubsets = function(nums) {
    const vals = [...nums].sort();
    let res = [[]];
    for (const x of vals) res = res.concat(res.map((s) => [...s, x]));
    return res;
};
