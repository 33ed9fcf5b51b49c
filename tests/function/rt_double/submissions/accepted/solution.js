/**
 * @param {number} value
 * @return {number}
 */
var echoDouble = function(value) {
    return value;
};
