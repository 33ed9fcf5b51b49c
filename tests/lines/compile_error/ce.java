class Solution {
    static int first(int[] nums) {
        return nums[0];
    }

    public int[] twoSum(int[] nums, int target) {
        int a = first(nums);
        return new int[] { a, undeclaredName }; // LC-LINE
    }
}
