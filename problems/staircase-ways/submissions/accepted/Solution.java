class Solution {
    public int stairWays(int n) {
        final int MOD = 1_000_000_007;
        int prev = 1, cur = 1;
        for (int i = 2; i <= n; i++) {
            int next = (prev + cur) % MOD;
            prev = cur;
            cur = next;
        }
        return cur;
    }
}
