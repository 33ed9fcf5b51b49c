int stairWays(int n) {
    const int MOD = 1000000007;
    int prev = 1, cur = 1; /* ways to reach step 0 and step 1 */
    for (int i = 2; i <= n; i++) {
        int next = (prev + cur) % MOD;
        prev = cur;
        cur = next;
    }
    return cur;
}
