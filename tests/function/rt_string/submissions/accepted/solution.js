/**
 * @param {string} value
 * @return {string}
 */
const echoString = (value) => {
    return value;
};
