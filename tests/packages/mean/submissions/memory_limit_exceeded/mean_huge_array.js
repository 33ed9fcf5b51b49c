// Memory limit exceeded: a Float64Array of 64 Mi entries (512 MiB), filled (the limit is 64 MiB).
const slots = new Float64Array(64 << 20).fill(1);
const data = require('fs').readFileSync(0, 'latin1').split(/\s+/).filter((t) => t.length > 0);
const n = Number(data[0]);
let s = 0;
for (let i = 0; i < n; i++) { slots[i] = Number(data[i + 1]); s += slots[i]; }
process.stdout.write((s / n).toFixed(9) + '\n');
