// Compile error: a syntax error (unbalanced braces) that `node --check` reports.
const data = require('fs').readFileSync(0, 'latin1').split(/\s+/);
const n = Number(data[0]);
let s = 0n;
for (let i = 1; i <= n; i++) {
  s += BigInt(data[i]);
console.log(s.toString());
