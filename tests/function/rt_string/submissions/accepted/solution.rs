impl Solution {
    pub fn echo_string(value: String) -> String {
        value.chars().collect()
    }
}
