// Output limit exceeded: 64 MiB of debug output before the answer (the limit is 1 MiB).
const data = require('fs').readFileSync(0, 'latin1').split(/\s+/).filter((t) => t.length > 0);
const n = Number(data[0]);
let s = 0n;
for (let i = 1; i <= n; i++) s += BigInt(data[i]);
const junk = 'x'.repeat((1 << 20) - 1) + '\n';
for (let i = 0; i < 64; i++) process.stdout.write(junk);
process.stdout.write(s.toString() + '\n');
