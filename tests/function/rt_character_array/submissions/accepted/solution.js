/**
 * @param {character[]} value
 * @return {character[]}
 */
var echoCharArray = function(value) {
    return value;
};
