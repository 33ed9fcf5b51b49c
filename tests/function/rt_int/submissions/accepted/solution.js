/**
 * @param {number} value
 * @return {number}
 */
var echoInt = function(value) {
    return value;
};
