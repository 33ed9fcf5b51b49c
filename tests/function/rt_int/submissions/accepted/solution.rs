impl Solution {
    pub fn echo_int(value: i32) -> i32 {
        value
    }
}
