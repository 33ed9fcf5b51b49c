/**
 * @param {string[][]} value
 * @return {string[][]}
 */
var echoStringMatrix = function(value) {
    return value;
};
