// Accepted: one readFileSync, numbers parsed straight from the bytes. Each |x| <= 1e12 is exact in a
// double; blocks of 4096 values sum to at most 4.1e15 < 2^53, exact too; the blocks add up in a BigInt.
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
let total = 0n;
let block = 0;
for (let i = 0; i < n; i++) {
  block += next();
  if ((i & 4095) === 4095) { total += BigInt(block); block = 0; }
}
total += BigInt(block);
process.stdout.write(total.toString() + '\n');
