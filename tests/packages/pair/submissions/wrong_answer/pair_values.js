// Wrong answer: prints the two values instead of their indices.
const data = require('fs').readFileSync(0, 'latin1').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const t = data[1];
const seen = new Set();
for (let j = 0; j < n; j++) {
  const x = data[2 + j];
  if (seen.has(t - x)) {
    console.log(`${t - x} ${x}`);
    break;
  }
  seen.add(x);
}
