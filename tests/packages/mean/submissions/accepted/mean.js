// Accepted: one readFileSync, numbers parsed straight from the bytes (no big string), 9 decimals.
const data = require('fs').readFileSync(0);
let pos = 0;
function skip() {
  while (pos < data.length && (data[pos] === 32 || data[pos] === 10 || data[pos] === 13 || data[pos] === 9)) pos++;
}
function nextNumber() {
  skip();
  let neg = false;
  if (data[pos] === 45) { neg = true; pos++; } else if (data[pos] === 43) pos++;
  let mant = 0;
  let scale = 1;
  let inFrac = false;
  for (; pos < data.length; pos++) {
    const c = data[pos];
    if (c >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      if (inFrac) scale *= 10;
    } else if (c === 46 && !inFrac) {
      inFrac = true;
    } else break;
  }
  const v = mant / scale;
  return neg ? -v : v;
}
const n = nextNumber();
let s = 0;
for (let i = 0; i < n; i++) s += nextNumber();
process.stdout.write((s / n).toFixed(9) + '\n');
