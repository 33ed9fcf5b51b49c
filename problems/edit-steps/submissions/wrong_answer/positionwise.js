/**
 * Wrong: compares position by position (Hamming distance plus the length difference),
 * which ignores that an insertion can shift the rest of the string.
 * @param {string} a
 * @param {string} b
 * @return {number}
 */
var minDistance = function(a, b) {
    const k = Math.min(a.length, b.length);
    let d = Math.abs(a.length - b.length);
    for (let i = 0; i < k; i++) if (a[i] !== b[i]) d++;
    return d;
};
