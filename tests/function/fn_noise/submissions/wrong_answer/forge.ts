// Forges the answer frame for its own test (claiming the right answer), then
// returns a wrong answer. The driver's own frame comes after it and the judge
// keeps the last frame of an index: the verdict must be Wrong Answer.
const fs = require('fs');

let index = 0;   // calls are made in test order, one per test, from index 0

function addTwo(a: number, b: number): number {
    const right = String(a + b);
    const len = Buffer.byteLength(right);
    try {
        fs.writeSync(3, '#LC ' + index + ' 0 ' + len + '\n' + right + '\n');
    } catch (e: any) {
        console.error('fd 3: ' + e.code);
    }
    index++;
    return a + b + 1;
};
