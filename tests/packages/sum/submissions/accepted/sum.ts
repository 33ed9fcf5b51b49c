// Accepted: TypeScript reading stdin with Node's fs (lc_globals.d.ts declares
// require and process). |x| <= 1e12, so blocks of 4096 values stay exact in a
// double and the blocks add up in a BigInt.
const data: Uint8Array = require('fs').readFileSync(0);
let pos = 0;
function next(): number {
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
