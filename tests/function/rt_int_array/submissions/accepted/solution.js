/**
 * @param {number[]} value
 * @return {number[]}
 */
var echoIntArray = function(value) {
    const res = [];
    for (const x of value) res.push(x);
    return res;
};
