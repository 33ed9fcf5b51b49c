fn zero_of(nums: &Vec<i32>) -> i32 {
    nums.len() as i32 - nums.len() as i32
}

fn pick(nums: &Vec<i32>, target: i32) -> Vec<i32> {
    let d = zero_of(nums);
    let q = target / d; // LC-LINE
    vec![q, 0]
}

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        pick(&nums, target)
    }
}
