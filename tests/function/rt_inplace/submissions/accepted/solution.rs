impl Solution {
    pub fn reverse_in_place(nums: &mut Vec<i32>) {
        nums.reverse();
    }
}
