/**
 * @param {string[]} value
 * @return {string[]}
 */
var echoStringArray = function(value) {
    return [...value];
};
