// Sums stay below 2^53 in absolute value, so plain numbers are exact.
const data = require("fs").readFileSync(0, "utf8");
let pos = 0;
function next() {
    while (data.charCodeAt(pos) <= 32) pos++;
    let neg = false;
    if (data[pos] === "-") { neg = true; pos++; }
    let x = 0;
    while (pos < data.length) {
        const c = data.charCodeAt(pos);
        if (c < 48 || c > 57) break;
        x = x * 10 + (c - 48);
        pos++;
    }
    return neg ? -x : x;
}
const n = next(), q = next();
const prefix = new Float64Array(n + 1);
for (let i = 1; i <= n; i++) prefix[i] = prefix[i - 1] + next();
const out = new Array(q);
for (let i = 0; i < q; i++) {
    const l = next(), r = next();
    out[i] = prefix[r] - prefix[l - 1];
}
process.stdout.write(out.join("\n") + "\n");
