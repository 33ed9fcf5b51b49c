// A noisy but correct TypeScript solution: debug output on stdout and stderr
// and attempts to read stdin (the driver has already consumed it: EOF).
const fs = require('fs');

let calls = 0;

function addTwo(a: number, b: number): number {
    calls++;
    const line = 'debug: adding ' + a + ' and ' + b + ' ' + 'x'.repeat(100);
    for (let i = 0; i < 4400; i++) console.log(line);
    console.error('stderr: call ' + calls);
    let got = 0;
    try { got += fs.readFileSync(0).length; } catch (e: any) { console.error('read fd 0: ' + e.code); }
    console.error('stdin bytes seen: ' + got);
    return a + b;
};
