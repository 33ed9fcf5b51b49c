public class Solution {
    public long ArraySum(int[] nums) {
        long s = 0;
        foreach (int x in nums) s += x;
        return s;
    }
}
