/**
 * @param {number[][]} value
 * @return {number[][]}
 */
var echoIntMatrix = function(value) {
    return value.map(row => row.slice());
};
