/**
 * @param {number} a
 * @param {number} b
 * @return {number}
 */
var addTwo = function(a, b) {
    return a + b;
};
