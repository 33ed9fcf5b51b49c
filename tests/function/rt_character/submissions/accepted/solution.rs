impl Solution {
    pub fn echo_char(value: char) -> char {
        value
    }
}
