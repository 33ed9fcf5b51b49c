// Writes garbage and a bogus frame to the driver's answer channel (fd 3), then
// returns the right answer. The judge skips what is not a frame and ignores
// indexes past the number of tests: the verdict stays Accepted.
const fs = require('fs');

var addTwo = function(a, b) {
    try {
        fs.writeSync(3, 'garbage garbage\n');
        fs.writeSync(3, '#LC not a frame\n');
        fs.writeSync(3, '#LC 99 0 1\n7\n');
        fs.writeSync(3, '#LC 0 0 5\n{bad}\n');   // a payload that does not parse
    } catch (e) {
        console.error('fd 3: ' + e.code);
    }
    return a + b;
};
