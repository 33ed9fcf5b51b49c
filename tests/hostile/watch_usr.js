// expect: success
/* JavaScript: a side channel between slots through the shared read-only
 * /usr. fs.watch on /usr/include (inotify) must fail; node keeps running and
 * says OK. */
const fs = require('fs');
fs.readFileSync(0, 'utf8');
const leaks = [];
try {
  const w = fs.watch('/usr/include', () => {});
  leaks.push('fs.watch on /usr/include succeeded');
  w.close();
} catch (e) { }
for (const l of leaks) console.log('LEAK: ' + l);
if (!leaks.length) console.log('OK');
