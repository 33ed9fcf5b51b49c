public class Solution {
    static int First(int[] nums) {
        return nums[0];
    }

    public int[] TwoSum(int[] nums, int target) {
        int a = First(nums);
        return new int[] { a, undeclaredName }; // LC-LINE
    }
}
