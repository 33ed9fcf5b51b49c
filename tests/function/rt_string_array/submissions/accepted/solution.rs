impl Solution {
    pub fn echo_string_array(value: Vec<String>) -> Vec<String> {
        value.iter().map(|s| s.to_string()).collect()
    }
}
