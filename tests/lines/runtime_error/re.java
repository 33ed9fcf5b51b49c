class Solution {
    static int zeroOf(int[] nums) {
        return nums.length - nums.length;
    }

    static int[] pick(int[] nums, int target) {
        int d = zeroOf(nums);
        int q = target / d; // LC-LINE
        return new int[] { q, 0 };
    }

    public int[] twoSum(int[] nums, int target) {
        return pick(nums, target);
    }
}
