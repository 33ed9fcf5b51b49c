/**
 * @param {number} value
 * @return {number}
 */
var echoLong = function(value) {
    return value;
};
