impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut res = Vec::with_capacity(1 << n);
        for mask in 0..(1u32 << n) {
            res.push((0..n).filter(|&i| mask >> i & 1 == 1).map(|i| nums[i]).collect());
        }
        res
    }
}
