impl Solution {
    pub fn echo_long_array(value: Vec<i64>) -> Vec<i64> {
        value.clone()
    }
}
