public class Solution {
    public IList<IList<int>> Subsets(int[] nums) {
        var result = new List<IList<int>>();
        int n = nums.Length;
        for (int mask = 0; mask < 1 << n; mask++) {
            var subset = new List<int>();
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) subset.Add(nums[i]);
            }
            result.Add(subset);
        }
        return result;
    }
}
