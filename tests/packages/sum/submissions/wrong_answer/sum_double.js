// Wrong answer: plain Number arithmetic; a sum beyond 2^53 is rounded.
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
let s = 0;
for (let i = 0; i < n; i++) s += next();
console.log(s.toFixed(0));
