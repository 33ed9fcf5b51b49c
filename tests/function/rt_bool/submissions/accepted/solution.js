/**
 * @param {boolean} value
 * @return {boolean}
 */
function echoBool(value) {
    return value;
}
