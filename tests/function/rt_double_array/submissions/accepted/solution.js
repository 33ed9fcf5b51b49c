/**
 * @param {number[]} value
 * @return {number[]}
 */
var echoDoubleArray = function(value) {
    return value.map(x => x);
};
