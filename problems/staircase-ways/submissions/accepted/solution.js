/**
 * @param {number} n
 * @return {number}
 */
var stairWays = function(n) {
    const MOD = 1000000007;
    let prev = 1, cur = 1;
    for (let i = 2; i <= n; i++) {
        const next = (prev + cur) % MOD;
        prev = cur;
        cur = next;
    }
    return cur;
};
