// Accepted: one readFileSync, numbers parsed from the bytes, a Map from value to index.
const data = require('fs').readFileSync(0);
let pos = 0;
function next() {
  while (pos < data.length && (data[pos] < 48 || data[pos] > 57) && data[pos] !== 45) pos++;
  let neg = false;
  if (data[pos] === 45) { neg = true; pos++; }
  let v = 0;
  while (pos < data.length && data[pos] >= 48 && data[pos] <= 57) { v = v * 10 + (data[pos] - 48); pos++; }
  return neg ? -v : v;
}
const n = next();
const t = next();
const seen = new Map();
for (let j = 1; j <= n; j++) {
  const x = next();
  const i = seen.get(t - x);
  if (i !== undefined) {
    process.stdout.write(i + ' ' + j + '\n');
    break;
  }
  seen.set(x, j);
}
