/**
 * @param {number[]} value
 * @return {number[]}
 */
var echoLongArray = function(value) {
    return value.slice();
};
