impl Solution {
    pub fn echo_string_matrix(value: Vec<Vec<String>>) -> Vec<Vec<String>> {
        value
    }
}
