use std::collections::HashMap;

impl Solution {
    pub fn contains_nearby_duplicate(nums: Vec<i32>, k: i32) -> bool {
        let mut last: HashMap<i32, usize> = HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = last.get(&x) {
                if i - j <= k as usize {
                    return true;
                }
            }
            last.insert(x, i);
        }
        false
    }
}
