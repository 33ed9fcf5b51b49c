public class Solution {
    static int ZeroOf(int[] nums) {
        return nums.Length - nums.Length;
    }

    static int[] Pick(int[] nums, int target) {
        int d = ZeroOf(nums);
        int q = target / d; // LC-LINE
        return new int[] { q, 0 };
    }

    public int[] TwoSum(int[] nums, int target) {
        return Pick(nums, target);
    }
}
