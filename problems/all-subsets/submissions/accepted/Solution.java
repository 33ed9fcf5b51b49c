class Solution {
    public int[][] allSubsets(int[] nums) {
        int[] vals = nums.clone();
        Arrays.sort(vals);
        int n = vals.length;
        int[][] res = new int[1 << n][];
        for (int mask = 0; mask < (1 << n); mask++) {
            int[] s = new int[Integer.bitCount(mask)];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) s[k++] = vals[i];
            }
            res[mask] = s;
        }
        return res;
    }
}
