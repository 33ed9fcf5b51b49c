// A noisy but correct solution: about 2 MB of debug output on stdout over the
// whole run, some on stderr, and attempts to read stdin (the driver has
// already consumed it: every read must see EOF). None of it changes the verdict.
const fs = require('fs');

let calls = 0;

var addTwo = function(a, b) {
    calls++;
    const line = 'debug: adding ' + a + ' and ' + b + ' ' + 'x'.repeat(100);
    for (let i = 0; i < 4400; i++) console.log(line);   // ~0.5 MB per call, 4 tests
    console.error('stderr: call ' + calls + ' a=' + a + ' b=' + b);
    let got = 0;
    try { got += fs.readFileSync(0).length; } catch (e) { console.error('read fd 0: ' + e.code); }
    try { got += fs.readFileSync('/dev/stdin').length; } catch (e) { console.error('read /dev/stdin: ' + e.code); }
    try { got += fs.readSync(0, Buffer.alloc(64), 0, 64, null); } catch (e) { console.error('readSync 0: ' + e.code); }
    console.error('stdin bytes seen: ' + got);
    process.stdout.write('no newline at the end of this one');
    return a + b;
};
