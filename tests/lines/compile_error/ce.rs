fn first(nums: &Vec<i32>) -> i32 {
    nums[0]
}

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let a = first(&nums);
        vec![a, undeclared_name] // LC-LINE
    }
}
