impl Solution {
    pub fn echo_bool(value: bool) -> bool {
        value
    }
}
