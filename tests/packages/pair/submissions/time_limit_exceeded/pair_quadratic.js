// Time limit exceeded: tries every pair, O(N^2).
const data = require('fs').readFileSync(0, 'latin1').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const t = data[1];
const a = data.slice(2, 2 + n);
outer: for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++) {
    if (a[i] + a[j] === t) {
      console.log(`${i + 1} ${j + 1}`);
      break outer;
    }
  }
}
