/**
 * @param {string} word
 * @param {number} times
 * @param {boolean} suffix
 * @param {character} tail
 * @return {string}
 */
var repeatWord = function(word, times, suffix, tail) {
    let s = word.repeat(times);
    if (suffix) s += tail;
    return s;
};
