public class Solution {
    public void ReverseInPlace(int[] nums) {
        // (not a tuple swap: mcs 6.8 miscompiles (a[i], a[j]) = (a[j], a[i]))
        for (int i = 0, j = nums.Length - 1; i < j; i++, j--) {
            int t = nums[i];
            nums[i] = nums[j];
            nums[j] = t;
        }
    }
}
