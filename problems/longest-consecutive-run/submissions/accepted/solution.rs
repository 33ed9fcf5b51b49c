use std::collections::HashSet;

impl Solution {
    pub fn longest_consecutive(nums: Vec<i32>) -> i32 {
        let set: HashSet<i64> = nums.iter().map(|&x| x as i64).collect();
        let mut best = 0;
        for &x in &set {
            if set.contains(&(x - 1)) {
                continue;
            }
            let mut y = x;
            while set.contains(&(y + 1)) {
                y += 1;
            }
            best = best.max(y - x + 1);
        }
        best as i32
    }
}
