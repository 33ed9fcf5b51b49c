impl Solution {
    pub fn echo_char_matrix(value: Vec<Vec<char>>) -> Vec<Vec<char>> {
        value.iter().map(|row| row.clone()).collect()
    }
}
