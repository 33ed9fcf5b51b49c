impl Solution {
    pub fn echo_char_array(value: Vec<char>) -> Vec<char> {
        value.into_iter().collect()
    }
}
