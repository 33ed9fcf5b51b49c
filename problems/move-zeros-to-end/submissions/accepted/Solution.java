class Solution {
    public void moveZeroes(int[] nums) {
        int write = 0;
        for (int x : nums) {
            if (x != 0) nums[write++] = x;
        }
        Arrays.fill(nums, write, nums.length, 0);
    }
}
