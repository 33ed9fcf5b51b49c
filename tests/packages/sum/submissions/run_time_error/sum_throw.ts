// Run-time error: an uncaught exception (node exits with status 1).
const data: string[] = require('fs').readFileSync(0, 'latin1').split(/\s+/).filter((t: string) => t.length > 0);
const n = Number(data[0]);
let s = 0n;
for (let i = 1; i <= n + 1; i++) s += BigInt(data[i]);  // data[n + 1] is undefined: TypeError
console.log(s.toString());
