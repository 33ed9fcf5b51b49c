public class Solution {
    public void MoveZeroes(int[] nums) {
        int w = 0;
        foreach (int x in nums) {
            if (x != 0) nums[w++] = x;
        }
        Array.Fill(nums, 0, w, nums.Length - w);
    }
}
