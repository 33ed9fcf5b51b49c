impl Solution {
    pub fn echo_long(value: i64) -> i64 {
        value
    }
}
