class Solution {
    public void reverseInPlace(int[] nums) {
        for (int i = 0, j = nums.length - 1; i < j; i++, j--) {
            int t = nums[i];
            nums[i] = nums[j];
            nums[j] = t;
        }
    }
}
