/**
 * @param {character} value
 * @return {character}
 */
var echoChar = function(value) {
    return value;
};
