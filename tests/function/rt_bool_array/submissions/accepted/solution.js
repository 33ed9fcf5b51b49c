/**
 * @param {boolean[]} value
 * @return {boolean[]}
 */
var echoBoolArray = function(value) {
    return value;
};
