class Solution {
    public int longestCommonSubsequence(String a, String b) {
        char[] s = a.toCharArray(), t = b.toCharArray();
        int n = s.length, m = t.length;
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                if (s[i - 1] == t[j - 1]) cur[j] = prev[j - 1] + 1;
                else cur[j] = Math.max(cur[j - 1], prev[j]);
            }
            int[] tmp = prev; prev = cur; cur = tmp;
        }
        return prev[m];
    }
}
