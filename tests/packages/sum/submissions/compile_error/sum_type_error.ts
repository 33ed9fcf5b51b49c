// Compile error: a type error, which tsc reports (LeetCode's TypeScript refuses it too).
const data: string[] = require('fs').readFileSync(0, 'latin1').split(/\s+/);
const n: number = data[0];
let s = 0n;
for (let i = 1; i <= n; i++) s += BigInt(data[i]);
console.log(s.toString());
