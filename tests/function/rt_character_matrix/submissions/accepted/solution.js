/**
 * @param {character[][]} value
 * @return {character[][]}
 */
var echoCharMatrix = function(value) {
    const m = value.length;
    const res = new Array(m);
    for (let i = 0; i < m; i++) res[i] = [...value[i]];
    return res;
};
